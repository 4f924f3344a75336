#include "graph/GraphvizSession.h"

#include "graph/Logging.h"

namespace cc::graphviz {

namespace {

std::mutex& graphvizMutex() {
    static std::mutex mutex;
    return mutex;
}

// Guarded by graphvizMutex().
QString& collectedMessages() {
    static QString messages;
    return messages;
}

int collectMessage(char* message) {
    collectedMessages() += QString::fromUtf8(message);
    return 0;
}

struct SharedContext {
    GVC_t* gvc = nullptr;
    ~SharedContext() {
        if (gvc)
            gvFreeContext(gvc);
    }
};

SharedContext& sharedContext() {
    static SharedContext context;
    return context;
}

} // namespace

Session::Session()
    : m_lock(graphvizMutex()) {
    // Thread-local C numeric locale: other threads keep formatting numbers their way.
    locale_t base = duplocale(uselocale(static_cast<locale_t>(nullptr)));
    if (base)
        m_cLocale = newlocale(LC_NUMERIC_MASK, "C", base);
    if (m_cLocale)
        m_previousLocale = uselocale(m_cLocale);
    else if (base)
        freelocale(base);
    collectedMessages().clear();
    agseterrf(&collectMessage);
    agseterr(AGWARN);
}

Session::~Session() {
    agseterrf(nullptr);
    if (m_cLocale) {
        uselocale(m_previousLocale);
        freelocale(m_cLocale);
    }
}

GVC_t* Session::context() {
    SharedContext& shared = sharedContext();
    if (!shared.gvc) {
        shared.gvc = gvContext();
        if (!shared.gvc)
            qCWarning(lcGraph) << "Graphviz context could not be created";
    }
    return shared.gvc;
}

QString Session::messages() const {
    return collectedMessages().trimmed();
}

} // namespace cc::graphviz
