#include "import_summary_page.h"

#include "import_run_page.h"
#include "import_wizard.h"
#include "ui/common/format.h"
#include "ui/common/record_table_model.h"
#include "ui/settings/settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace waymark::ui {

namespace {
QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

ImportSummaryPage::ImportSummaryPage(ImportWizard& wizard)
    : m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_rejects(new RecordTableModel(this))
    , m_view(new QTableView(this))
{
    setTitle(tr("Import finished"));
    setFinalPage(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_rejects->setHeaders({ tr("File"), tr("Line"), tr("Reason") });
    m_view->setModel(m_rejects);
    m_view->setAccessibleName(tr("Rejected rows"));
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* exportButton = new QPushButton(tr("&Export Rejected Rows…"), this);
    exportButton->setToolTip(tr("Save the rejected rows with line and reason as a CSV file"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Rejected rows"), this));
    layout->addWidget(m_view, 1);
    layout->addWidget(exportButton, 0, Qt::AlignLeft);
    connect(exportButton, &QPushButton::clicked, this, &ImportSummaryPage::exportClicked);
}

void ImportSummaryPage::initializePage()
{
    const auto result = m_wizard.runPage()->result();
    if (!result) return;
    QString html;
    QVector<RecordTableModel::Row> rows;
    for (const auto& report : result->reports) {
        const QString file = QFileInfo(QString::fromStdString(report.source)).fileName();
        const auto& s = report.stats;
        if (report.ok()) {
            html
                += tr("<p><b>%1</b> (%2): %3 rows read, %4 imported, %5 rejected, %6 duplicates skipped.</p>")
                       .arg(file.toHtmlEscaped(), QString::fromUtf8(ingest::formatName(report.format).data()),
                           formatCount(s.rowsRead), formatCount(s.rowsImported), formatCount(s.rowsRejected),
                           formatCount(s.duplicatesSkipped));
        } else if (report.outcome == ingest::Outcome::Cancelled) {
            html += tr("<p><b>%1</b>: cancelled, nothing imported.</p>").arg(file.toHtmlEscaped());
        } else {
            html += tr("<p><b>%1</b>: failed, nothing imported. %2</p>")
                        .arg(file.toHtmlEscaped(), QString::fromStdString(report.error).toHtmlEscaped());
        }
        if (s.rowsRejected > qint64(s.rejects.size()))
            html += tr("<p>Only the first %1 rejected rows of %2 are listed.</p>")
                        .arg(s.rejects.size())
                        .arg(file.toHtmlEscaped());
        for (const auto& r : s.rejects)
            rows.push_back({ RecordTableModel::text(file, QString::fromStdString(report.source)),
                RecordTableModel::number(r.line),
                RecordTableModel::text(QString::fromStdString(r.reason), QString::fromStdString(r.reason)) });
    }
    m_summary->setText(html);
    m_rejects->setRows(std::move(rows));
    m_view->resizeColumnsToContents();
}

QString ImportSummaryPage::summaryText() const
{
    return m_summary->text();
}

bool ImportSummaryPage::exportRejects(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error) *error = file.errorString();
        return false;
    }
    QByteArray out = "file,line,reason\n";
    for (int r = 0; r < m_rejects->rowCount(); ++r) {
        const auto& row = m_rejects->row(r);
        out += (csvField(row[0].toolTip) + QLatin1Char(',') + row[1].sort.toString() + QLatin1Char(',')
                   + csvField(row[2].text))
                   .toUtf8()
            + '\n';
    }
    file.write(out);
    if (!file.commit()) {
        if (error) *error = file.errorString();
        return false;
    }
    return true;
}

void ImportSummaryPage::exportClicked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Rejected Rows"),
        QDir(Settings::instance().lastImportDirectory()).filePath(tr("rejected-rows.csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    QString error;
    if (!exportRejects(path, &error)) QMessageBox::warning(this, tr("Export Rejected Rows"), error);
}

} // namespace waymark::ui
