#include "sankey_export.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <cmath>

namespace waymark::ui {

namespace {

constexpr double kMargin = 16;

// lupdate files these strings under the same context that SankeyExport::tr() looks them up in at run time.
class SankeyExport {
    Q_DECLARE_TR_FUNCTIONS(waymark::ui::SankeyExport)
};

struct Sheet {
    QSizeF cell; // one map with its title
    int columns = 1;
    int rows = 1;
    double captionHeight = 0;
    double titleHeight = 0;
    QSizeF size;
};

Sheet measure(const std::vector<SankeyExportPanel>& panels, const QFont& font)
{
    Sheet sheet;
    const QFontMetricsF fm(font);
    sheet.captionHeight = fm.height() * 1.6;
    const bool titled = panels.size() > 1 || !panels.front().title.isEmpty();
    sheet.titleHeight = titled ? fm.height() * 1.4 : 0;
    QSizeF map;
    for (const SankeyExportPanel& p : panels)
        map = map.expandedTo(p.scene->layout.size);
    sheet.cell = QSizeF(map.width(), map.height() + sheet.titleHeight);
    sheet.columns = panels.size() > 1 ? 2 : 1;
    sheet.rows = int((panels.size() + size_t(sheet.columns) - 1) / size_t(sheet.columns));
    sheet.size = QSizeF(2 * kMargin + sheet.columns * sheet.cell.width() + (sheet.columns - 1) * kMargin,
        2 * kMargin + sheet.captionHeight + sheet.rows * sheet.cell.height() + (sheet.rows - 1) * kMargin);
    return sheet;
}

void render(QPainter& painter, const Sheet& sheet, const QString& caption,
    const std::vector<SankeyExportPanel>& panels, bool showHappyPath, const QFont& font)
{
    // Exports are documents: always dark text on white, whatever the screen theme.
    painter.fillRect(QRectF(QPointF(0, 0), sheet.size), Qt::white);
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(kMargin, kMargin, sheet.size.width() - 2 * kMargin, sheet.captionHeight),
        Qt::AlignLeft | Qt::AlignTop, caption);
    for (size_t i = 0; i < panels.size(); ++i) {
        const QPointF origin(kMargin + double(i % size_t(sheet.columns)) * (sheet.cell.width() + kMargin),
            kMargin + sheet.captionHeight
                + double(i / size_t(sheet.columns)) * (sheet.cell.height() + kMargin));
        if (sheet.titleHeight > 0) {
            painter.setFont(bold);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(origin, QSizeF(sheet.cell.width(), sheet.titleHeight)),
                Qt::AlignLeft | Qt::AlignVCenter, panels[i].title);
        }
        SankeyPaintOptions options;
        options.transform = QTransform::fromTranslate(origin.x(), origin.y() + sheet.titleHeight);
        options.showHappyPath = showHappyPath;
        options.font = font;
        paintSankey(painter, *panels[i].scene, options);
    }
}

} // namespace

SankeyExportFormat sankeyExportFormat(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg")) return SankeyExportFormat::Svg;
    if (suffix == QLatin1String("pdf")) return SankeyExportFormat::Pdf;
    return SankeyExportFormat::Png;
}

bool exportSankey(const QString& path, const QString& caption, const std::vector<SankeyExportPanel>& panels,
    bool showHappyPath, QString* error)
{
    const auto fail = [&](const QString& message) {
        if (error) *error = message;
        return false;
    };
    if (panels.empty() || !panels.front().scene || panels.front().scene->layout.isEmpty())
        return fail(SankeyExport::tr("There is no journey map to export."));
    QFont font = QApplication::font();
    font.setPointSizeF(std::max(9.0, font.pointSizeF()));
    const Sheet sheet = measure(panels, font);
    const QSize pixels(int(std::ceil(sheet.size.width())), int(std::ceil(sheet.size.height())));
    switch (sankeyExportFormat(path)) {
    case SankeyExportFormat::Png: {
        // Twice the pixels, so the picture stays sharp on slides and high-density screens.
        QImage image(pixels * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            render(painter, sheet, caption, panels, showHappyPath, font);
        }
        if (!image.save(path, "PNG")) return fail(SankeyExport::tr("Could not write %1.").arg(path));
        return true;
    }
    case SankeyExportFormat::Svg: {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(pixels);
        svg.setViewBox(QRect(QPoint(0, 0), pixels));
        svg.setTitle(caption);
        svg.setDescription(SankeyExport::tr("Journey map exported by Waymark"));
        QPainter painter;
        if (!painter.begin(&svg)) return fail(SankeyExport::tr("Could not write %1.").arg(path));
        render(painter, sheet, caption, panels, showHappyPath, font);
        painter.end();
        return QFileInfo(path).size() > 0 || fail(SankeyExport::tr("Could not write %1.").arg(path));
    }
    case SankeyExportFormat::Pdf: {
        QPdfWriter pdf(path);
        pdf.setTitle(caption);
        pdf.setCreator(QStringLiteral("Waymark"));
        // One page the size of the picture, at screen resolution so layout pixels map one to one.
        pdf.setResolution(96);
        pdf.setPageSize(
            QPageSize(QSizeF(sheet.size.width() * 72 / 96, sheet.size.height() * 72 / 96), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&pdf)) return fail(SankeyExport::tr("Could not write %1.").arg(path));
        render(painter, sheet, caption, panels, showHappyPath, font);
        painter.end();
        return QFileInfo(path).size() > 0 || fail(SankeyExport::tr("Could not write %1.").arg(path));
    }
    }
    return false;
}

} // namespace waymark::ui
