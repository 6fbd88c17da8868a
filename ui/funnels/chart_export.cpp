#include "chart_export.h"

#include <QChartView>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace waymark::ui {

namespace {
class ExportText {
    Q_DECLARE_TR_FUNCTIONS(waymark::ui::ExportText)
public:
    static QString unknown(const QString& suffix)
    {
        return tr("Cannot export a chart as “%1”: use .png, .svg or .pdf").arg(suffix);
    }
    static QString failed(const QString& path) { return tr("Could not write %1").arg(path); }
    static QString title() { return tr("Waymark chart"); }
};
} // namespace

bool exportChartView(QChartView* view, const QString& path, QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("png")) {
        ok = view->grab().save(path, "PNG");
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(view->size());
        svg.setViewBox(QRect(QPoint(0, 0), view->size()));
        svg.setTitle(ExportText::title());
        QPainter painter;
        ok = painter.begin(&svg);
        if (ok) view->render(&painter);
    } else if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setTitle(ExportText::title());
        QPainter painter;
        ok = painter.begin(&pdf);
        if (ok) {
            // Vector output scaled to the page, keeping the view's proportions.
            const QRect page = painter.viewport();
            QSize size = view->size();
            size.scale(page.size(), Qt::KeepAspectRatio);
            view->render(&painter, QRectF(QPointF(0, 0), size), view->rect());
        }
    } else {
        if (error) *error = ExportText::unknown(suffix);
        return false;
    }
    if (!ok && error) *error = ExportText::failed(path);
    return ok && QFileInfo(path).size() > 0;
}

} // namespace waymark::ui
