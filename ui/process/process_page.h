#pragma once

#include "process_data.h"
#include "ui/shell/page.h"

class QComboBox;
class QLabel;
class QSlider;
class QSplitter;
class QTableView;
class QTimer;

namespace waymark::ui {

class ProcessView;
class VariantsModel;

// The process map: the directly-follows graph of the sessions or users under the global filter,
// pruned with the activities and paths sliders and laid out by Graphviz, in frequency or
// performance mode, beside the table of variants; selecting a variant lights its path on the map.
class ProcessPage : public Page {
    Q_OBJECT
public:
    explicit ProcessPage(ProjectContext& context, QWidget* parent = nullptr);
    ~ProcessPage() override;

    QString pageId() const override { return QStringLiteral("process"); }
    QString title() const override { return tr("Process map"); }
    QIcon icon() const override;
    QString description() const override
    {
        return tr("The directly-follows graph of events, with variants and times between steps");
    }

    // For tests and screenshots.
    ProcessView* view() const { return m_view; }
    QSlider* activitySlider() const { return m_activities; }
    QSlider* pathSlider() const { return m_paths; }
    QComboBox* modeBox() const { return m_mode; }
    QTableView* variantsView() const { return m_table; }
    VariantsModel* variantsModel() const { return m_variants; }
    const ProcessMapData* mapData() const { return m_data.get(); }
    ProcessRequest currentRequest() const;
    void exportMap();

protected:
    void reload() override;
    void clear() override;

private:
    QWidget* buildControls();
    void runMap();
    void runVariants();
    void showMap(std::shared_ptr<const ProcessMapData> data);
    void variantChanged();
    void updateSummary();

    std::shared_ptr<const ProcessMapData> m_data;
    ProcessView* m_view;
    VariantsModel* m_variants;
    QTableView* m_table;
    QSplitter* m_splitter;
    QSlider* m_activities = nullptr;
    QSlider* m_paths = nullptr;
    QLabel* m_activitiesValue = nullptr;
    QLabel* m_pathsValue = nullptr;
    QComboBox* m_mode = nullptr;
    QLabel* m_summary;
    QLabel* m_variantSummary;
    QLabel* m_error;
    QTimer* m_debounce;
};

} // namespace waymark::ui
