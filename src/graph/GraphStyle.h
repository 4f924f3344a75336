#pragma once

#include "core/OnDelete.h"
#include "graph/SchemaGraphIndex.h"

#include <QString>

#include <optional>

namespace cc {

// The visual language shared by the scene, the SVG writer and the DOT export, so that
// every drawing of a schema graph reads the same way.

enum class StrokePattern { Solid, Dashed, Dotted };

struct EdgeStroke {
    const char* color; // #rrggbb
    StrokePattern pattern;
    double width; // points at 100 %
};
EdgeStroke edgeStroke(OnDelete kind);

struct RoleTint {
    const char* accent; // border / marker colour
    const char* fill;   // header band
};
RoleTint roleTint(NodeRole role);

namespace palette {
inline constexpr const char* kCanvas = "#f6f7f9";
inline constexpr const char* kCardFill = "#ffffff";
inline constexpr const char* kCardBorder = "#c3cad4";
inline constexpr const char* kTitle = "#1b2430";
inline constexpr const char* kSubtitle = "#5f6b7a";
inline constexpr const char* kColumnText = "#2b3440";
inline constexpr const char* kTypeText = "#7a8595";
inline constexpr const char* kDivider = "#e3e7ec";
inline constexpr const char* kPrimaryKey = "#b7791f";
inline constexpr const char* kForeignKey = "#2f6fdb";
inline constexpr const char* kHighlight = "#f59e0b";
} // namespace palette

} // namespace cc
