#pragma once

#include "overview_data.h"
#include "ui/shell/page.h"

class QLabel;
class QTableView;

namespace waymark::ui {

class RecordTableModel;
class StatCard;

// The first page of a project: headline numbers under the global filter, the most common events,
// the imported sources and what looks wrong in the data.
class OverviewPage : public Page {
    Q_OBJECT
public:
    explicit OverviewPage(ProjectContext& context, QWidget* parent = nullptr);
    ~OverviewPage() override;

    QString pageId() const override { return QStringLiteral("overview"); }
    QString title() const override { return tr("Overview"); }
    QIcon icon() const override;
    QString description() const override
    {
        return tr("Events, users, sessions, top events, sources and data quality");
    }

    // For tests and screenshots: the last result shown, or null while loading.
    const OverviewData* data() const { return m_data.get(); }
    RecordTableModel* topEventsModel() const { return m_topEvents; }

protected:
    void reload() override;
    void clear() override;

private:
    void show(std::shared_ptr<const OverviewData> data);
    void showTopEvents(const OverviewData& data);
    void showSources(const OverviewData& data);
    void showIssues(const OverviewData& data);
    QWidget* section(const QString& title, QWidget* content);

    std::shared_ptr<const OverviewData> m_data;
    StatCard* m_events;
    StatCard* m_users;
    StatCard* m_sessions;
    StatCard* m_span;
    StatCard* m_records;
    RecordTableModel* m_topEvents;
    RecordTableModel* m_sources;
    QTableView* m_topView;
    QTableView* m_sourceView;
    QLabel* m_issues;
    QLabel* m_error;
};

} // namespace waymark::ui
