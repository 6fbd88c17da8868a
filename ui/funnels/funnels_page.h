#pragma once

#include "funnel_run.h"
#include "ui/shell/page.h"

class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;
class QTimer;

namespace waymark::ui {

class ConversionTrendView;
class FunnelChartView;
class FunnelEditor;
class FunnelTableModel;
class TimeToConvertView;

// Funnels: the step editor on the left; on the right the funnel chart (grouped per breakdown
// value, significant steps starred), time to convert and conversion over time, and the numbers
// per step. Clicking a bar or a count in the table lists its users in the session list.
class FunnelsPage : public Page {
    Q_OBJECT
public:
    explicit FunnelsPage(ProjectContext& context, QWidget* parent = nullptr);
    ~FunnelsPage() override;

    QString pageId() const override { return QStringLiteral("funnels"); }
    QString title() const override { return tr("Funnels"); }
    QIcon icon() const override;
    QString description() const override
    {
        return tr(
            "Conversion through a sequence of steps, drop-off, time to convert and segment differences");
    }

    FunnelEditor* editor() const { return m_editor; }
    FunnelChartView* chartView() const { return m_chart; }
    TimeToConvertView* timeView() const { return m_time; }
    ConversionTrendView* trendView() const { return m_trendView; }
    FunnelTableModel* tableModel() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* timeStepCombo() const { return m_timeStep; }
    QComboBox* trendIntervalCombo() const { return m_trendInterval; }
    QLabel* noteLabel() const { return m_note; }
    // The last results shown (null while none).
    const FunnelOutput* output() const { return m_output.get(); }
    const std::vector<analysis::TrendBucket>* trend() const { return m_trend.get(); }

    // Lists the units behind a bar in the session list (step is 1-based; group -1 = everyone).
    void drillInto(int step, int group, bool dropped);
    bool exportChart(const QString& path, QString* error = nullptr);
    void copyCsv();

protected:
    void reload() override;
    void clear() override;

private:
    QWidget* buildResults();
    void buildActions();
    FunnelRequest request() const;
    void run();
    void runTrend();
    void definitionEdited();
    void showOutput(std::shared_ptr<const FunnelOutput> output);
    void showTimeToConvert();
    void showError(const QString& message);
    void exportChartDialog(const QString& suffix, const QString& filter);
    void saveCsvDialog();

    FunnelEditor* m_editor;
    FunnelChartView* m_chart;
    TimeToConvertView* m_time;
    ConversionTrendView* m_trendView;
    FunnelTableModel* m_model;
    QTableView* m_table = nullptr;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_timeStep = nullptr;
    QComboBox* m_trendInterval = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error;
    QTimer* m_debounce;
    std::shared_ptr<const FunnelOutput> m_output;
    std::shared_ptr<const std::vector<analysis::TrendBucket>> m_trend;
    bool m_loaded = false; // the saved (or default) funnel has been put into the editor
};

} // namespace waymark::ui
