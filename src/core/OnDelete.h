#pragma once

#include <QString>

#include <optional>

namespace cc {

// A foreign key's ON DELETE rule (spec §2.5 FKPayload `on_delete`). Servers write it in
// lower case (`restrict`, `cascade`), SQLAlchemy declarations in upper case, some with
// underscores (`SET_NULL`); all spellings parse to the same value.
enum class OnDelete { Cascade, Restrict, NoAction, SetNull, SetDefault, Unspecified };

// Unspecified for null, empty and unknown values.
OnDelete parseOnDelete(const std::optional<QString>& value);
// "cascade", "restrict", "no action", "set null", "set default"; "unspecified".
QString onDeleteSqlName(OnDelete kind);

} // namespace cc
