#include "graph/GraphStyle.h"

namespace cc {

EdgeStroke edgeStroke(OnDelete kind) {
    switch (kind) {
    case OnDelete::Cascade:
        return {"#d64545", StrokePattern::Solid, 1.8};
    case OnDelete::Restrict:
        return {"#2b3440", StrokePattern::Solid, 1.6};
    case OnDelete::NoAction:
        return {"#5b6675", StrokePattern::Solid, 1.4};
    case OnDelete::SetNull:
        return {"#3b7ddd", StrokePattern::Dashed, 1.5};
    case OnDelete::SetDefault:
        return {"#0f9b8e", StrokePattern::Dotted, 1.8};
    case OnDelete::Unspecified:
        break;
    }
    return {"#9aa3af", StrokePattern::Solid, 1.2};
}

RoleTint roleTint(NodeRole role) {
    switch (role) {
    case NodeRole::Root:
        return {"#2f6fdb", "#e8f0fd"};
    case NodeRole::Dependent:
        return {"#d9822b", "#fdf3e7"};
    case NodeRole::Referenced:
        return {"#14918a", "#e6f6f4"};
    case NodeRole::Both:
        return {"#7b5cd6", "#f1edfc"};
    case NodeRole::Unrelated:
        break;
    }
    return {"#8a94a3", "#f1f3f6"};
}

} // namespace cc
