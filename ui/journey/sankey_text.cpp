#include "sankey_text.h"

#include "sankey_flow.h"
#include "ui/common/format.h"

#include <QCoreApplication>

namespace waymark::ui {

namespace {
// lupdate files these strings under the same context that SankeyText::tr() looks them up in at run time.
class SankeyText {
    Q_DECLARE_TR_FUNCTIONS(waymark::ui::SankeyText)
};
} // namespace

QString sankeyUnitCount(qint64 count, bool sessions)
{
    if (count == 1) return sessions ? SankeyText::tr("1 session") : SankeyText::tr("1 user");
    return (sessions ? SankeyText::tr("%1 sessions") : SankeyText::tr("%1 users")).arg(formatCount(count));
}

QString sankeyCountText(const SankeyInput& input, size_t node)
{
    const SankeyNodeStats stats = nodeStats(input, node);
    return SankeyText::tr("%1 · %2").arg(formatCount(stats.count), formatPercent(stats.shareOfStep));
}

QString sankeyNodeToolTip(const SankeyInput& input, size_t node, bool sessions)
{
    const SankeyNode& n = input.nodes[node];
    const SankeyNodeStats stats = nodeStats(input, node);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(n.name.toHtmlEscaped());
    lines << SankeyText::tr("Step %1: %2, %3 of the step")
                 .arg(n.step)
                 .arg(sankeyUnitCount(stats.count, sessions), formatPercent(stats.shareOfStep));
    if (n.kind == SankeyNodeKind::End)
        lines << SankeyText::tr("Their path ends here (no further event)");
    else if (stats.conversionToNext)
        lines << SankeyText::tr("%1 go on to step %2")
                     .arg(formatPercent(*stats.conversionToNext))
                     .arg(n.step + 1);
    if (stats.medianSeconds)
        lines << SankeyText::tr("Time from the previous step: %1 (median)")
                     .arg(formatDuration(qint64(*stats.medianSeconds * 1000)));
    lines << SankeyText::tr("Click to list them; right-click for more");
    return lines.join(QStringLiteral("<br>"));
}

QString sankeyLinkToolTip(const SankeyInput& input, size_t link, bool sessions)
{
    const SankeyLink& l = input.links[link];
    const SankeyNode& from = input.nodes[l.from];
    const SankeyNode& to = input.nodes[l.to];
    const qint64 total = stepTotal(input, l.step);
    QStringList lines;
    lines << QStringLiteral("<b>%1 → %2</b>").arg(from.name.toHtmlEscaped(), to.name.toHtmlEscaped());
    lines << SankeyText::tr("Steps %1 → %2: %3")
                 .arg(l.step)
                 .arg(l.step + 1)
                 .arg(sankeyUnitCount(l.count, sessions));
    if (from.count > 0)
        lines << SankeyText::tr("%1 of %2")
                     .arg(formatPercent(double(l.count) / double(from.count)), from.name.toHtmlEscaped());
    if (total > 0)
        lines << SankeyText::tr("%1 of step %2")
                     .arg(formatPercent(double(l.count) / double(total)))
                     .arg(l.step);
    if (l.medianSeconds)
        lines << SankeyText::tr("Median time between them: %1")
                     .arg(formatDuration(qint64(*l.medianSeconds * 1000)));
    lines << SankeyText::tr("Click to list them");
    return lines.join(QStringLiteral("<br>"));
}

} // namespace waymark::ui
