#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QToolButton;

namespace waymark::ui {

class ProjectContext;

// The global filter bar above every page: date range, segment and unit. It edits the project's
// FilterState and mirrors it when someone else changes it.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(ProjectContext& context, QWidget* parent = nullptr);

    QComboBox* rangeCombo() const { return m_range; }
    QComboBox* segmentCombo() const { return m_segment; }
    QComboBox* unitCombo() const { return m_unit; }
    void editSegment();
    void reloadSegments();

private:
    enum Range { AllTime, Last7, Last30, Last90, Custom };
    void rangeChosen();
    void customDatesChanged();
    void segmentChosen();
    void syncFromState();
    qint64 projectEndMs() const;

    ProjectContext& m_context;
    QComboBox* m_range;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_segment;
    QToolButton* m_edit;
    QComboBox* m_unit;
    QToolButton* m_reset;
    bool m_syncing = false;
};

} // namespace waymark::ui
