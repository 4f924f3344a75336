#include "support/TestEnvironment.h"

#include <QFile>
#include <QTextStream>

namespace cc::test {

QString stateDir()
{
    return qEnvironmentVariable("CC_TEST_STATE_DIR");
}

QString fixtureValue(const QString& file, const QString& key)
{
    QFile f(stateDir() + QLatin1Char('/') + file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QTextStream in(&f);
    const QString prefix = key + QLatin1Char('=');
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.startsWith(prefix))
            return line.mid(prefix.size());
    }
    return {};
}

} // namespace cc::test
