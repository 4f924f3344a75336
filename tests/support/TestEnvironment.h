#pragma once

#include <QString>

namespace cc::test {

// Values the ctest fixtures wrote into $CC_TEST_STATE_DIR/<file>.env (KEY=VALUE lines):
// pg.env holds PG_CONNINFO; refserver.env holds the server's URL and tokens.
// Returns an empty string when the key or the file is missing.
QString fixtureValue(const QString& file, const QString& key);
QString stateDir();

} // namespace cc::test
