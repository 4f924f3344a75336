#include "catalog/Uids.h"

#include <QCryptographicHash>
#include <QUuid>

namespace tsm::catalog {

std::string nameUid(const std::string& name) {
    const QByteArray hex =
        QCryptographicHash::hash(QByteArray::fromStdString(name), QCryptographicHash::Md5).toHex();
    std::string h = hex.toStdString();
    h[12] = '3';
    h[16] = '8';
    return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) +
           "-" + h.substr(20, 12);
}

std::string dataSourceUid(const std::string& name) {
    return nameUid("data_source:" + name);
}

std::string namespaceUid(const std::string& ns) {
    return nameUid("namespace:" + ns);
}

std::string metaTableUid(const std::string& dataSourceUid, const std::string& schema,
                         const std::string& table) {
    return nameUid("meta_table:" + dataSourceUid + ":" + schema + "." + table);
}

std::string userUid(const std::string& username) {
    return nameUid("user:" + username);
}

std::string organizationUid() {
    return nameUid("organization:tsm-refserver");
}

std::string randomUid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

} // namespace tsm::catalog
