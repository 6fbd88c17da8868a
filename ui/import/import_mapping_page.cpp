#include "import_mapping_page.h"

#include "core/jobs/job_runner.h"
#include "import_wizard.h"
#include "preview_model.h"
#include "ui/common/busy_indicator.h"
#include "ui/common/format.h"
#include "ui/shell/project_context.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QTimeZone>

namespace waymark::ui {

namespace {
const QString kPreviewJob = QStringLiteral("import:preview");
}

ImportMappingPage::ImportMappingPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_model(new PreviewModel(this))
    , m_file(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_timezone(new QComboBox(this))
    , m_gap(new QSpinBox(this))
    , m_busy(new BusyIndicator(this))
{
    setTitle(tr("Check the preview and the columns"));
    setSubTitle(
        tr("The first 50 rows of each file. Columns in bold are used as user, event, time or session; "
           "every other column is kept as an event property."));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_file->setAccessibleName(tr("File"));
    m_file->setToolTip(tr("The file whose preview is shown"));
    m_format->setAccessibleName(tr("Format"));
    m_format->setToolTip(tr("The detected format; choose another one if detection got it wrong"));
    m_format->addItem(tr("Detect automatically"), int(ingest::Format::Auto));
    for (const auto& spec : ingest::formatRegistry())
        m_format->addItem(formatLabel(spec.format), int(spec.format));
    top->addWidget(new QLabel(tr("File:"), this));
    top->addWidget(m_file, 2);
    top->addWidget(new QLabel(tr("Format:"), this));
    top->addWidget(m_format, 2);
    top->addWidget(m_busy);
    layout->addLayout(top);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Preview of the first rows"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_table, 1);

    auto* mapping = new QGroupBox(tr("Columns"), this);
    auto* grid = new QHBoxLayout(mapping);
    const ingest::EventField fields[] = { ingest::EventField::User, ingest::EventField::Anonymous,
        ingest::EventField::Event, ingest::EventField::Time, ingest::EventField::Session };
    for (size_t i = 0; i < kEditableFields; ++i) {
        auto* form = new QFormLayout;
        auto* combo = new QComboBox(mapping);
        combo->setAccessibleName(PreviewModel::fieldLabel(fields[i]));
        combo->setToolTip(tr("The column holding the %1").arg(PreviewModel::fieldLabel(fields[i])));
        combo->setMinimumContentsLength(10);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        form->addRow(PreviewModel::fieldLabel(fields[i]) + QLatin1Char(':'), combo);
        grid->addLayout(form);
        m_fields[i] = combo;
        connect(combo, &QComboBox::activated, this, [this, f = fields[i]] { fieldChosen(f); });
    }
    layout->addWidget(mapping);

    auto* options = new QHBoxLayout;
    m_timezone->setEditable(true);
    m_timezone->addItem(tr("UTC"), QString());
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        m_timezone->addItem(QString::fromLatin1(id), QString::fromLatin1(id));
    m_timezone->setAccessibleName(tr("Time zone"));
    m_timezone->setToolTip(tr("How to read timestamps without an offset (wall-clock times)"));
    m_gap->setRange(1, 24 * 60);
    m_gap->setSuffix(tr(" min"));
    m_gap->setAccessibleName(tr("Session gap"));
    m_gap->setToolTip(
        tr("A new session starts after this much inactivity, unless the export has its own session column"));
    options->addWidget(new QLabel(tr("Time zone:"), this));
    options->addWidget(m_timezone, 1);
    options->addSpacing(16);
    options->addWidget(new QLabel(tr("Session gap:"), this));
    options->addWidget(m_gap);
    options->addStretch(1);
    layout->addLayout(options);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_file, &QComboBox::currentIndexChanged, this, &ImportMappingPage::fileChosen);
    connect(m_format, &QComboBox::activated, this, &ImportMappingPage::formatChosen);
}

ImportMappingPage::~ImportMappingPage()
{
    m_wizard.context().jobs().cancel(kPreviewJob);
}

void ImportMappingPage::initializePage()
{
    m_updating = true;
    m_file->clear();
    for (const QString& f : m_wizard.files())
        m_file->addItem(QFileInfo(f).fileName(), f);
    m_timezone->setCurrentIndex(std::max(0, m_timezone->findData(m_wizard.timezone)));
    m_gap->setValue(m_wizard.sessionGapMinutes);
    m_updating = false;
    fileChosen();
}

bool ImportMappingPage::isLoading() const
{
    return m_busy->isBusy();
}

void ImportMappingPage::fileChosen()
{
    if (m_updating || m_file->currentIndex() < 0) return;
    const auto& choice = m_wizard.choice(m_file->currentData().toString());
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(choice.format))));
    loadPreview();
}

void ImportMappingPage::formatChosen()
{
    auto& choice = m_wizard.choice(m_file->currentData().toString());
    choice.format = ingest::Format(m_format->currentData().toInt());
    loadPreview();
}

void ImportMappingPage::fieldChosen(ingest::EventField field)
{
    const size_t i = size_t(field);
    auto& choice = m_wizard.choice(m_file->currentData().toString());
    const QString column = m_fields[i]->currentData().toString();
    choice.columnMap[std::string(ingest::eventFieldName(field))]
        = column.isEmpty() ? std::string("-") : column.toStdString();
    loadPreview();
}

void ImportMappingPage::loadPreview()
{
    const QString path = m_file->currentData().toString();
    if (path.isEmpty()) return;
    const auto choice = m_wizard.choice(path);
    m_loaded = false;
    emit completeChanged();
    m_status->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    if (!m_busy->isBusy()) m_busy->begin();
    m_wizard.context().jobs().submit<ImportPreview>(kPreviewJob,
        [path, choice](const jobs::CancelToken&, jobs::ProgressSink&) {
            return buildPreview(path, choice.format, choice.columnMap);
        },
        { .result =
                [this](std::shared_ptr<const ImportPreview> p) {
                    m_busy->reset();
                    showPreview(*p);
                },
            .progress = {},
            .error =
                [this](const QString& e) {
                    m_busy->reset();
                    m_status->setText(e);
                } });
}

void ImportMappingPage::showPreview(const ImportPreview& preview)
{
    m_model->setPreview(preview);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
    auto& choice = m_wizard.choice(preview.path);
    choice.estimatedRows = preview.estimatedRows;
    m_updating = true;
    for (size_t i = 0; i < kEditableFields; ++i) {
        QComboBox* combo = m_fields[i];
        combo->clear();
        combo->addItem(tr("(none)"), QString());
        for (const QString& c : preview.columns)
            combo->addItem(c, c);
        const int column = preview.roles.index[i];
        combo->setCurrentIndex(column >= 0 ? column + 1 : 0);
        combo->setEnabled(preview.mappable);
    }
    if (preview.detected)
        m_format->setItemText(0,
            tr("Detect automatically (%1)")
                .arg(QString::fromUtf8(ingest::formatName(preview.format).data())));
    m_updating = false;
    m_loaded = true;
    if (!preview.error.isEmpty())
        m_status->setText(tr("This file cannot be read: %1").arg(preview.error));
    else if (preview.format == ingest::Format::Auto)
        m_status->setText(tr("The format was not recognised; choose it above."));
    else if (!preview.mappingProblem.isEmpty())
        m_status->setText(tr("Choose the columns: %1").arg(preview.mappingProblem));
    else
        m_status->setText(tr("%1 · about %2 rows · %3")
                              .arg(formatLabel(preview.format), formatCount(qint64(preview.estimatedRows)),
                                  preview.mappable ? tr("columns can be changed above")
                                                   : tr("the format defines its own fields")));
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    const ImportPreview& p = m_model->preview();
    return m_loaded && p.error.isEmpty() && p.format != ingest::Format::Auto
        && (!p.mappable || p.mappingProblem.isEmpty());
}

bool ImportMappingPage::validatePage()
{
    m_wizard.timezone = m_timezone->currentData().toString();
    if (m_wizard.timezone.isEmpty() && m_timezone->currentIndex() != 0)
        m_wizard.timezone = m_timezone->currentText();
    m_wizard.sessionGapMinutes = m_gap->value();
    // A file whose format was detected keeps Auto; the importer sniffs it the same way.
    return true;
}

} // namespace waymark::ui
