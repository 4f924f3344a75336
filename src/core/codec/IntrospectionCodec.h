#pragma once

#include "core/DecodeResult.h"
#include "core/IntrospectionSnapshot.h"
#include "core/Json.h"

namespace cc {

// `introspection_snapshot` (spec §6): `{}` decodes to an empty snapshot; unknown keys
// are kept in `raw`.
DecodeResult<IntrospectionSnapshot> decodeIntrospectionSnapshot(const Json& json);
Json encodeIntrospectionSnapshot(const IntrospectionSnapshot& snapshot);

// `{"ok", "meta_table_uid", "introspection_snapshot"}` (spec §2.10).
DecodeResult<IntrospectReply> decodeIntrospectReply(const Json& json);
Json encodeIntrospectReply(const IntrospectReply& reply);

} // namespace cc
