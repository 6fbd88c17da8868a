#include "session_timeline.h"

#include "ui/common/format.h"
#include "ui/common/record_table_model.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace waymark::ui {

namespace {

// The context the linked records' titles were translated under.
class TimelineText {
    Q_DECLARE_TR_FUNCTIONS(waymark::ui::TimelineText)
};

// A ticket: its subject, and its status and theme. Feedback: "NPS 6", and the comment.
std::pair<QString, QString> describeLinked(const sessions::LinkedRecord& r)
{
    if (r.kind == sessions::LinkedRecord::Kind::Ticket) {
        const QString status = fromStd(r.status), theme = fromStd(r.theme);
        return { fromStd(r.subject),
            theme.isEmpty() ? status : TimelineText::tr("%1 · %2").arg(status, theme) };
    }
    const QString kind = fromStd(r.feedbackKind).toUpper();
    return { r.score ? TimelineText::tr("%1 %2").arg(kind, QLocale().toString(*r.score)) : kind,
        fromStd(r.comment) };
}

QTableView* makeView(RecordTableModel* model, QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

// "key: value, key: value" for the table, the indented JSON for the tooltip.
std::pair<QString, QString> describeProps(const std::string& json)
{
    if (json.empty()) return {};
    const QJsonObject object = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        QString value;
        if (v.isString())
            value = v.toString();
        else if (v.isDouble())
            value = QString::number(v.toDouble());
        else if (v.isBool())
            value = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (v.isArray())
            value = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        else if (v.isObject())
            value = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        parts << it.key() + QStringLiteral(": ") + value;
    }
    return { parts.join(QStringLiteral(", ")),
        QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)) };
}

} // namespace

SessionTimelineView::SessionTimelineView(QWidget* parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_events(new RecordTableModel(this))
    , m_linked(new RecordTableModel(this))
    , m_linkedTitle(new QLabel(tr("Tickets and feedback"), this))
{
    m_events->setHeaders({ tr("Time"), tr("Event"), tr("Stage"), tr("Properties") });
    m_linked->setHeaders({ tr("When"), tr("Kind"), tr("Title"), tr("Detail") });
    m_eventView = makeView(m_events, this, tr("Session events"));
    m_linkedView = makeView(m_linked, this, tr("Linked tickets and feedback"));
    m_linkedView->setToolTip(
        tr("Tickets and feedback of this user from two days before to two days after the session"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_linkedTitle->font();
    bold.setBold(true);
    m_linkedTitle->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_eventView, 3);
    layout->addWidget(m_linkedTitle);
    layout->addWidget(m_linkedView, 1);
    clear();
}

SessionTimelineView::~SessionTimelineView() = default;

void SessionTimelineView::clear()
{
    m_timeline.reset();
    m_events->clear();
    m_linked->clear();
    m_header->setText(tr("Select a session to see its events."));
}

void SessionTimelineView::showMessage(const QString& message)
{
    m_header->setText(message);
}

void SessionTimelineView::setTimeline(std::shared_ptr<const SessionTimeline> timeline)
{
    m_timeline = std::move(timeline);
    const SessionTimeline& t = *m_timeline;
    m_header->setText(tr("<b>%1</b> · session %2 · %3 · %4 · %n event(s)", nullptr, int(t.events.size()))
                          .arg(fromStd(t.user).toHtmlEscaped())
                          .arg(t.sessionId)
                          .arg(formatDateTime(t.startMs), formatDuration(t.endMs - t.startMs)));
    QVector<RecordTableModel::Row> rows;
    rows.reserve(t.events.size());
    for (const sessions::TimelineEvent& e : t.events) {
        auto time = RecordTableModel::number(formatOffset(e.tsMs - t.startMs), double(e.tsMs - t.startMs));
        time.toolTip = formatDateTime(e.tsMs);
        time.key = qint64(e.rowId);
        const auto [props, propsTip] = describeProps(e.props);
        rows.push_back({ time, RecordTableModel::text(fromStd(e.name)),
            RecordTableModel::text(fromStd(e.stage)), RecordTableModel::text(props, propsTip) });
    }
    m_events->setRows(std::move(rows));
    m_eventView->resizeColumnsToContents();

    QVector<RecordTableModel::Row> linked;
    for (const sessions::LinkedRecord& r : t.linked) {
        const qint64 offset = r.tsMs < t.startMs ? r.tsMs - t.startMs
            : r.tsMs > t.endMs                   ? r.tsMs - t.startMs
                                                 : 0;
        auto when
            = RecordTableModel::number(offset == 0 ? tr("during") : formatOffset(offset), double(r.tsMs));
        when.toolTip = formatDateTime(r.tsMs);
        const auto [title, detail] = describeLinked(r);
        linked.push_back({ when,
            RecordTableModel::text(
                r.kind == sessions::LinkedRecord::Kind::Ticket ? tr("Ticket") : tr("Feedback")),
            RecordTableModel::text(title, title), RecordTableModel::text(detail, detail) });
    }
    m_linked->setRows(std::move(linked));
    m_linkedTitle->setText(t.linked.empty() ? tr("Tickets and feedback: none near this session")
                                            : tr("Tickets and feedback (%1)").arg(t.linked.size()));
    m_linkedView->setVisible(!t.linked.empty());
    m_linkedView->resizeColumnsToContents();
}

} // namespace waymark::ui
