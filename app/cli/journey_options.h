#pragma once

#include "core/analysis/funnel.h"
#include "core/analysis/paths.h"
#include "core/analysis/segment.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <stdexcept>

namespace waymark::cli {

// A mistake in the command line (exit status 2) rather than in the data.
class UsageError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

// --from, --to, --where and --segment, as the funnel command reads them.
struct FilterOptions {
    QCommandLineOption from { QStringLiteral("from"), QStringLiteral("First day included (UTC)."),
        QStringLiteral("YYYY-MM-DD") };
    QCommandLineOption to { QStringLiteral("to"), QStringLiteral("Last day included (UTC)."),
        QStringLiteral("YYYY-MM-DD") };
    QCommandLineOption where { QStringLiteral("where"),
        QStringLiteral("Only events that satisfy a condition such as platform=mobile (repeatable)."),
        QStringLiteral("CONDITION") };
    QCommandLineOption segment { QStringLiteral("segment"),
        QStringLiteral("Only events that satisfy a saved segment (repeatable; all must hold)."),
        QStringLiteral("NAME") };

    void addTo(QCommandLineParser& parser) const;
    // The dates only (they need no snapshot); throws UsageError.
    void applyDates(const QCommandLineParser& parser, analysis::EventFilter& filter) const;
    // The conditions; throws std::invalid_argument for an unknown property or rule.
    void applyConditions(const QCommandLineParser& parser, const analysis::Snapshot& snapshot,
        analysis::EventFilter& filter) const;
};

// "users" or "sessions"; throws UsageError.
analysis::CountingUnit parseUnit(const QString& text);

// A non-negative integer option value; throws UsageError naming the option.
int64_t parseCount(const QString& text, const char* option);
// A share in [0, 1]; throws UsageError naming the option.
double parseShare(const QString& text, const char* option);

// The options that define a path query, shared by paths and members.
struct PathOptions {
    QCommandLineOption start { QStringLiteral("start"),
        QStringLiteral("Start event: paths go forward from it."), QStringLiteral("EVENT") };
    QCommandLineOption end { QStringLiteral("end"),
        QStringLiteral(
            "End event: paths go backward from its last occurrence; with --start, paths between them."),
        QStringLiteral("EVENT") };
    QCommandLineOption steps { QStringLiteral("steps"),
        QStringLiteral("Steps shown, the anchor's included (default 5, at most 50)."), QStringLiteral("N"),
        QStringLiteral("5") };
    QCommandLineOption top { QStringLiteral("top"),
        QStringLiteral("Events kept per step, the rest fold into Other (default 8; 0 keeps every event)."),
        QStringLiteral("K"), QStringLiteral("8") };
    QCommandLineOption minShare { QStringLiteral("min-share"),
        QStringLiteral("Fold an event into Other when its largest share of units at any step is below this."),
        QStringLiteral("SHARE"), QStringLiteral("0") };
    QCommandLineOption unit { QStringLiteral("unit"), QStringLiteral("users (default) or sessions."),
        QStringLiteral("UNIT"), QStringLiteral("users") };
    QCommandLineOption collapse { QStringLiteral("collapse-repeats"),
        QStringLiteral("Treat consecutive repeats of an event as one.") };

    void addTo(QCommandLineParser& parser) const;
    // Everything but the event names (checked before the project is read); throws UsageError.
    analysis::PathQuery read(const QCommandLineParser& parser) const;
    // Resolves --start and --end; throws std::invalid_argument for an unknown name.
    void resolve(const QCommandLineParser& parser, const analysis::Snapshot& snapshot,
        analysis::PathQuery& query) const;
};

} // namespace waymark::cli
