#include "commands.h"
#include "json_out.h"

namespace waymark::cli {

int runDemo(const QStringList&)
{
    return fail(QStringLiteral("demo: the demo generator is being written"), 1);
}

} // namespace waymark::cli
