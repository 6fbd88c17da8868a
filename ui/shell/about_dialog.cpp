#include "about_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtGlobal>

namespace waymark::ui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Waymark"));
    resize(620, 520);
    auto* layout = new QVBoxLayout(this);
    auto* title
        = new QLabel(tr("<h2>Waymark %1</h2><p>Evidence-based customer journey maps from your product's own "
                        "event data, support tickets and feedback. Everything stays on your machine.</p>")
                         .arg(QStringLiteral(WAYMARK_VERSION)),
            this);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto* browser = new QTextBrowser(this);
    browser->setAccessibleName(tr("Licences"));
    browser->setOpenExternalLinks(false);
    browser->setHtml(licencesHtml());
    layout->addWidget(browser, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString AboutDialog::licencesHtml()
{
    const QString row = QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>");
    QString html = tr(
        "<h3>Bundled data</h3>"
        "<p>The demo project (File → Open Demo Project) is generated on your machine by Waymark's "
        "own seeded generator: a fictitious B2B SaaS free trial with invented people, companies, support "
        "tickets and survey answers. It contains no real personal data and may be used, changed and "
        "shared freely under the same licence as Waymark.</p>"
        "<p>The German and French translations and the application icon are part of Waymark.</p>");
    html += tr("<h3>Built on</h3>");
    html += QStringLiteral("<table cellspacing=\"6\">");
    html += row.arg(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion())),
        tr("GUI, threads, translations"), QStringLiteral("LGPL-3.0"));
    html += row.arg(QStringLiteral("SQLite"), tr("project files"), tr("public domain"));
    html += row.arg(QStringLiteral("simdjson"), tr("JSON parsing"), QStringLiteral("Apache-2.0"));
    html += row.arg(QStringLiteral("libarchive"), tr(".gz and .zip exports"), QStringLiteral("BSD-2-Clause"));
    html += row.arg(QStringLiteral("xxHash"), tr("deduplication keys"), QStringLiteral("BSD-2-Clause"));
    html += row.arg(QStringLiteral("spdlog"), tr("logging"), QStringLiteral("MIT"));
    html += row.arg(QStringLiteral("Boost.Math"), tr("statistics"), QStringLiteral("BSL-1.0"));
    html += row.arg(QStringLiteral("Graphviz"), tr("process map layout"), QStringLiteral("EPL-1.0"));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace waymark::ui
