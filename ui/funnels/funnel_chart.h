#pragma once

#include <QChartView>
#include <memory>

class QGraphicsSimpleTextItem;
class QBarSet;
class QAbstractBarSeries;

namespace waymark::ui {

struct FunnelOutput;

// Bars per step. The whole funnel is a stack per step: the units that reached it (in the step's
// event colour) under those who dropped off since the previous step, labelled with counts and
// rates. With a breakdown, each group gets a bar per step with its conversion from step 1, and
// steps where the groups differ significantly are starred. Clicking a bar asks for its units.
class FunnelChartView : public QChartView {
    Q_OBJECT
public:
    explicit FunnelChartView(QWidget* parent = nullptr);

    void setOutput(std::shared_ptr<const FunnelOutput> output);
    void clearChart();

    // What is drawn, for tests and the page: per step, the units that reached it (whole funnel)
    // or the group's conversion from step 1 in percent (breakdown).
    QVector<double> barValues(int group = -1) const;
    QStringList categories() const;
    bool isBreakdown() const { return m_breakdown; }
    int groupCount() const { return int(m_groupSets.size()); }
    QString groupName(int group) const;
    // The middle of a bar in viewport coordinates (step is 1-based).
    QPoint barCenter(int step, int group = -1, bool dropped = false) const;
    QString significanceNote() const { return m_note; }

signals:
    void barClicked(int step, int group, bool dropped);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showWhole(const FunnelOutput& output);
    void showGroups(const FunnelOutput& output);
    void placeLabels();
    QStringList wrappedCategories(const QFont& font) const;
    void wrapCategories();

    std::shared_ptr<const FunnelOutput> m_output;
    QAbstractBarSeries* m_series = nullptr;
    QList<QBarSet*> m_stepSets; // whole funnel: one set per step (only its own category is non-zero)
    QBarSet* m_dropSet = nullptr;
    QList<QBarSet*> m_groupSets;
    QList<int> m_groupIndexes; // index into FunnelResult::breakdown of each shown group
    QList<QGraphicsSimpleTextItem*> m_labels;
    bool m_breakdown = false;
    QString m_note;
    QStringList m_categoryNames; // "1. Step name" per step, wrapped to the plot's width on the axis
    QList<bool> m_categoryStars;
};

} // namespace waymark::ui
