#pragma once

#include <algorithm>
#include <string>
#include <vector>

namespace tsm::catalog {

enum class Role { Viewer = 0, Editor = 1, Admin = 2 };

const char* roleName(Role role);
// "viewer" | "editor" | "admin"; false for anything else.
bool parseRole(const std::string& text, Role& role);

// Who is asking, as the bearer token says. Namespace visibility is the token's list;
// "*" means every namespace (tables without a namespace are visible only then).
struct Principal {
    std::string userUid;
    std::string username;
    Role role = Role::Viewer;
    std::vector<std::string> namespaces;

    bool allNamespaces() const {
        return std::find(namespaces.begin(), namespaces.end(), "*") != namespaces.end();
    }
    bool canSee(const std::string& ns, bool hasNamespace = true) const {
        if (allNamespaces())
            return true;
        return hasNamespace &&
               std::find(namespaces.begin(), namespaces.end(), ns) != namespaces.end();
    }
    bool atLeast(Role r) const { return int(role) >= int(r); }
};

} // namespace tsm::catalog
