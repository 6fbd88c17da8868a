#include "journey_data.h"

#include "core/analysis/snapshot_cache.h"
#include "core/jobs/cancel_token.h"
#include "core/jobs/progress_sink.h"
#include "core/store/project.h"
#include "ui/common/format.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace waymark::ui {

namespace {

// lupdate files these strings under the same context that JourneyData::tr() looks them up in at run time.
class JourneyData {
    Q_DECLARE_TR_FUNCTIONS(waymark::ui::JourneyData)
};

struct TypeCounts {
    std::vector<int64_t> events;
    std::vector<int64_t> users;
    std::vector<int64_t> firsts; // users whose first event it is
    int64_t totalUsers = 0;
};

TypeCounts countTypes(const analysis::Snapshot& s, const analysis::EventMask& mask)
{
    const size_t typeCount = s.eventTypes().size();
    TypeCounts c { std::vector<int64_t>(typeCount, 0), std::vector<int64_t>(typeCount, 0),
        std::vector<int64_t>(typeCount, 0), 0 };
    std::vector<int64_t> lastUser(typeCount, -1);
    const auto types = s.types();
    for (uint32_t u = 0; u < s.userCount(); ++u) {
        bool first = true;
        for (uint32_t e = s.userBegin(u); e < s.userEnd(u); ++e) {
            if (!mask.empty() && !mask[e]) continue;
            const uint32_t t = types[e];
            ++c.events[t];
            if (lastUser[t] != int64_t(u)) {
                lastUser[t] = u;
                ++c.users[t];
            }
            if (first) {
                ++c.firsts[t];
                ++c.totalUsers;
                first = false;
            }
        }
    }
    return c;
}

// Done about once by those who do it at all.
bool isMilestone(const TypeCounts& c, size_t t)
{
    return c.users[t] > 0 && double(c.events[t]) <= 1.1 * double(c.users[t]);
}

std::optional<uint32_t> argmax(const std::vector<int64_t>& v)
{
    const auto it = std::max_element(v.begin(), v.end());
    if (it == v.end() || *it <= 0) return std::nullopt;
    return uint32_t(it - v.begin());
}

std::optional<uint32_t> codeOf(const analysis::Snapshot& s, std::optional<qint64> id)
{
    if (!id) return std::nullopt;
    const auto& types = s.eventTypes();
    for (size_t t = 0; t < types.size(); ++t)
        if (types[t].id == *id) return uint32_t(t);
    return std::nullopt;
}

analysis::EventFilter panelFilter(const analysis::EventFilter& filter, const QString& segment)
{
    if (segment.isEmpty()) return filter;
    analysis::EventFilter out = filter;
    analysis::ConditionGroup both;
    if (!filter.conditions.empty()) both.items.push_back({ filter.conditions });
    both.items.push_back({ analysis::SegmentRef { segment.toStdString() } });
    out.conditions = std::move(both);
    return out;
}

analysis::PathNodeRef nodeRef(const analysis::PathLabel& label)
{
    analysis::PathNodeRef ref;
    ref.kind = label.kind;
    if (label.kind == analysis::PathNodeKind::Event) ref.types = { label.type };
    return ref;
}

double minColumnWidth(bool compared)
{
    return compared ? 130.0 : 190.0;
}

QSizeF layoutSize(const SankeyInput& input, QSizeF view, double columnWidth)
{
    std::vector<int> perStep(size_t(std::max(1, input.steps())), 0);
    for (const SankeyNode& n : input.nodes)
        ++perStep[size_t(n.step - 1)];
    const int fullest = *std::max_element(perStep.begin(), perStep.end());
    // Room for a one-line label per node, so a 200-node map scrolls instead of piling labels up.
    return { std::max(view.width(), input.steps() * columnWidth),
        std::max(view.height(), fullest * 20.0 + 16) };
}

void layoutPanels(std::vector<JourneyPanel>& panels, QSizeF view)
{
    if (panels.empty()) return;
    const bool compared = panels.size() > 1 || !panels.front().segment.isEmpty();
    const int columns = panels.size() > 1 ? 2 : 1;
    const int rows = int((panels.size() + 1) / size_t(columns));
    // The grid cell of a small multiple, less its title line and the grid spacing.
    const QSizeF cell(
        std::max(200.0, view.width() / columns - 12), std::max(150.0, view.height() / rows - 40));
    SankeyOptions options;
    options.size = QSizeF(0, 0);
    for (const JourneyPanel& p : panels)
        options.size = options.size.expandedTo(layoutSize(p.scene->input, cell, minColumnWidth(compared)));
    if (!compared) options.size = layoutSize(panels.front().scene->input, view, minColumnWidth(false));
    if (compared) {
        // One scale for all, so equal heights mean equal numbers across segments.
        double scale = 1e9;
        for (const JourneyPanel& p : panels)
            if (!p.scene->input.isEmpty()) scale = std::min(scale, fittingScale(p.scene->input, options));
        if (scale < 1e9) options.scale = scale;
    }
    for (JourneyPanel& p : panels) {
        auto scene = std::make_shared<SankeyScene>(*p.scene);
        scene->layout = layoutSankey(scene->input, options);
        p.scene = std::move(scene);
    }
}

} // namespace

QSizeF journeyLayoutSize(const SankeyInput& input, QSizeF view)
{
    return layoutSize(input, view, minColumnWidth(false));
}

SankeyInput sankeyInputFromPaths(const analysis::Snapshot& snapshot, const analysis::PathResult& paths)
{
    SankeyInput in;
    in.units = paths.units;
    for (const analysis::PathNode& n : paths.nodes) {
        SankeyNode node;
        node.step = n.step;
        node.count = n.count;
        switch (n.label.kind) {
        case analysis::PathNodeKind::Event:
            node.kind = SankeyNodeKind::Event;
            node.eventTypeId = snapshot.eventTypes()[n.label.type].id;
            node.name = fromStd(n.name);
            break;
        case analysis::PathNodeKind::Other:
            node.kind = SankeyNodeKind::Other;
            node.name = JourneyData::tr("Other");
            break;
        case analysis::PathNodeKind::End:
            node.kind = SankeyNodeKind::End;
            node.name = JourneyData::tr("(end)");
            break;
        }
        in.nodes.push_back(std::move(node));
    }
    for (const analysis::PathLink& l : paths.links)
        in.links.push_back({ l.step, l.from, l.to, l.count,
            l.medianMs ? std::optional<double>(double(*l.medianMs) / 1000) : std::nullopt });
    return in;
}

std::optional<uint32_t> defaultJourneyStart(
    const analysis::Snapshot& snapshot, const analysis::EventMask& mask)
{
    const TypeCounts c = countTypes(snapshot, mask);
    std::optional<uint32_t> best;
    for (size_t t = 0; t < c.users.size(); ++t)
        if (isMilestone(c, t) && c.users[t] * 5 >= c.totalUsers && (!best || c.users[t] > c.users[*best]))
            best = uint32_t(t);
    if (best) return best;
    if (auto first = argmax(c.firsts)) return first;
    return argmax(c.events);
}

std::optional<uint32_t> defaultJourneyEnd(const analysis::Snapshot& snapshot, const analysis::EventMask& mask)
{
    const TypeCounts c = countTypes(snapshot, mask);
    const auto start = defaultJourneyStart(snapshot, mask);
    std::optional<uint32_t> best;
    for (size_t t = 0; t < c.users.size(); ++t)
        if (isMilestone(c, t) && c.users[t] * 20 >= c.totalUsers && t != start
            && (!best || c.users[t] < c.users[*best]))
            best = uint32_t(t);
    if (best) return best;
    std::vector<int64_t> events = c.events;
    if (start) events[*start] = 0;
    if (auto other = argmax(events)) return other;
    return start;
}

JourneyResult computeJourney(const std::string& projectPath, analysis::SnapshotCache& snapshots,
    const JourneySettings& settings, QSizeF viewSize, const jobs::CancelToken& cancel,
    jobs::ProgressSink& progress)
{
    const jobs::ProgressRange range(&progress, 0, 1);
    const jobs::ProgressRange buildRange = range.sub(0, 0.4);
    const auto snapshot = snapshots.get(&cancel, &buildRange);
    const auto project = store::Project::openReadOnly(projectPath);
    const analysis::SegmentLibrary library = analysis::loadSegments(project->db());
    const analysis::EventMask mask = analysis::buildEventMask(*snapshot, settings.filter, library, &cancel);

    JourneyResult result;
    result.settings = settings;
    result.viewSize = viewSize;
    const TypeCounts counts = countTypes(*snapshot, mask);
    for (size_t t = 0; t < counts.users.size(); ++t)
        if (counts.users[t] > 0)
            result.eventTypes.push_back({ snapshot->eventTypes()[t].id,
                fromStd(snapshot->eventTypes()[t].displayName), counts.users[t] });
    std::sort(result.eventTypes.begin(), result.eventTypes.end(),
        [](const JourneyEventType& a, const JourneyEventType& b) {
            return a.units != b.units ? a.units > b.units : a.name < b.name;
        });

    auto start = codeOf(*snapshot, settings.startTypeId);
    if (!start) start = defaultJourneyStart(*snapshot, mask);
    auto end = codeOf(*snapshot, settings.endTypeId);
    if (!end) end = defaultJourneyEnd(*snapshot, mask);
    if (!start || !end) return result; // nothing under the filter
    result.settings.startTypeId = snapshot->eventTypes()[*start].id;
    result.settings.endTypeId = snapshot->eventTypes()[*end].id;

    analysis::PathQuery query;
    query.mode = settings.mode;
    if (settings.mode != analysis::PathMode::End) query.startTypes = { *start };
    if (settings.mode != analysis::PathMode::Start) query.endTypes = { *end };
    query.steps = std::clamp(
        settings.steps, settings.mode == analysis::PathMode::Between ? 2 : 1, analysis::kMaxPathSteps);
    query.top = settings.top;
    query.collapseRepeats = settings.collapseRepeats;
    query.linkTimes = true; // for the tooltips
    query.unit = settings.sessions ? analysis::CountingUnit::Sessions : analysis::CountingUnit::Users;
    for (qint64 id : settings.excludedTypeIds) {
        const auto code = codeOf(*snapshot, id);
        const bool anchor = code
            && ((query.startTypes.size() && *code == *start) || (query.endTypes.size() && *code == *end));
        if (code && !anchor) query.excludeTypes.push_back(*code);
    }

    const QStringList segments = settings.segments.mid(0, kMaxComparedSegments);
    const int panelCount = std::max(1, int(segments.size()));
    for (int i = 0; i < panelCount; ++i) {
        JourneyPanel panel;
        panel.segment = segments.value(i);
        panel.query = query;
        panel.query.filter = panelFilter(settings.filter, panel.segment);
        const jobs::ProgressRange part
            = range.sub(0.4 + 0.55 * i / panelCount, 0.4 + 0.55 * (i + 1) / panelCount);
        const analysis::PathResult paths
            = analysis::runPaths(*snapshot, panel.query, library, &cancel, &part);
        auto scene = std::make_shared<SankeyScene>();
        scene->input = sankeyInputFromPaths(*snapshot, paths);
        scene->happyPath = happyPath(scene->input);
        scene->sessions = settings.sessions;
        for (const analysis::PathNode& n : paths.nodes)
            panel.labels.push_back(n.label);
        panel.considered = paths.considered;
        panel.scene = std::move(scene);
        result.panels.push_back(std::move(panel));
    }
    cancel.throwIfCancelled();
    layoutPanels(result.panels, viewSize);
    progress.report(1.0);
    return result;
}

JourneyResult relayoutJourney(const JourneyResult& result, QSizeF viewSize)
{
    JourneyResult out = result;
    out.viewSize = viewSize;
    layoutPanels(out.panels, viewSize);
    return out;
}

DrillDown journeyDrillDown(const std::string& projectPath, analysis::SnapshotCache& snapshots,
    const JourneyPanel& panel, int node, int link, const jobs::CancelToken& cancel)
{
    const auto snapshot = snapshots.get(&cancel);
    const auto project = store::Project::openReadOnly(projectPath);
    const analysis::SegmentLibrary library = analysis::loadSegments(project->db());
    const SankeyInput& in = panel.scene->input;
    analysis::PathSelection selection;
    DrillDown drill;
    if (link >= 0) {
        const SankeyLink& l = in.links[size_t(link)];
        selection.step = l.step;
        selection.node = nodeRef(panel.labels[l.from]);
        selection.to = nodeRef(panel.labels[l.to]);
        drill.title = JourneyData::tr("Journey map, steps %1–%2: %3 → %4")
                          .arg(l.step)
                          .arg(l.step + 1)
                          .arg(in.nodes[l.from].name, in.nodes[l.to].name);
    } else {
        const SankeyNode& n = in.nodes[size_t(node)];
        selection.step = n.step;
        selection.node = nodeRef(panel.labels[size_t(node)]);
        drill.title = JourneyData::tr("Journey map, step %1: %2").arg(n.step).arg(n.name);
    }
    if (!panel.segment.isEmpty())
        drill.title = JourneyData::tr("%1 (segment %2)").arg(drill.title, panel.segment);
    const analysis::UnitPage page
        = analysis::pathMembers(*snapshot, panel.query, selection, 0, -1, library, &cancel);
    const bool sessions = panel.query.unit == analysis::CountingUnit::Sessions;
    for (const analysis::UnitRef& unit : page.units) {
        if (sessions)
            drill.sessionIds.push_back(snapshot->sessionId(unit.session));
        else
            drill.userIds.push_back(snapshot->userId(unit.user));
    }
    return drill;
}

} // namespace waymark::ui
