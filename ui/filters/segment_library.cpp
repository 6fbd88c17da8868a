#include "segment_library.h"

#include "core/store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace waymark::ui {

namespace {
class SegmentLibraryText {
    Q_DECLARE_TR_FUNCTIONS(waymark::ui::SegmentLibraryText)
public:
    static QString failed(const QString& name, const QString& reason)
    {
        return tr("Could not save the segment “%1”: %2").arg(name, reason);
    }
};
QString text(const store::Statement& st, int column)
{
    const auto view = st.columnText(column);
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}
} // namespace

QStringList savedSegmentNames(store::Database& db)
{
    QStringList names;
    auto st = db.prepare("SELECT name FROM segments ORDER BY name COLLATE NOCASE");
    while (st.step())
        names << text(st, 0);
    return names;
}

PropertyKeyLists propertyKeys(store::Database& db)
{
    PropertyKeyLists keys;
    auto st = db.prepare("SELECT scope, name FROM property_keys ORDER BY name COLLATE NOCASE");
    while (st.step())
        (text(st, 0) == QLatin1String("user") ? keys.user : keys.event) << text(st, 1);
    return keys;
}

bool saveSegment(
    store::Database& db, const QString& name, const analysis::ConditionGroup& group, QString* error)
{
    try {
        const QByteArray json = QJsonDocument(analysis::toJson(group)).toJson(QJsonDocument::Compact);
        db.prepare("INSERT INTO segments(name, definition, created_at) VALUES(?, ?, ?) "
                   "ON CONFLICT(name) DO UPDATE SET definition = excluded.definition")
            .bind(1, name.toStdString())
            .bind(2, std::string_view(json.constData(), size_t(json.size())))
            .bind(3, int64_t(QDateTime::currentMSecsSinceEpoch()))
            .run();
        return true;
    } catch (const std::exception& e) {
        if (error) *error = SegmentLibraryText::failed(name, QString::fromUtf8(e.what()));
        return false;
    }
}

} // namespace waymark::ui
