#pragma once

#include <QTemporaryDir>
#include <memory>

namespace waymark::test {

// Points XDG_CONFIG_HOME, XDG_DATA_HOME and XDG_CACHE_HOME into a temporary directory, so a GUI
// test's settings, recent files and demo project never touch the user's. Call it from the test
// class's static initMain(), before QApplication exists: QSettings and QStandardPaths read these
// once. The directory lives until privateHome().reset() (cleanupTestCase) or the process ends.
std::unique_ptr<QTemporaryDir>& privateHome();
void usePrivateHome();

} // namespace waymark::test
