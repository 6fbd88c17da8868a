#include "private_home.h"

namespace waymark::test {

std::unique_ptr<QTemporaryDir>& privateHome()
{
    static std::unique_ptr<QTemporaryDir> home;
    return home;
}

void usePrivateHome()
{
    privateHome() = std::make_unique<QTemporaryDir>();
    for (const char* var : { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME" })
        qputenv(var, privateHome()->filePath(QString::fromLatin1(var)).toLocal8Bit());
}

} // namespace waymark::test
