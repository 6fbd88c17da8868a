#pragma once

#include <QColor>
#include <QtGlobal>

namespace waymark::ui {

// The one colour of each event type, shared by every view (Sankey, funnels, process map,
// timelines) so an event looks the same everywhere. Keyed by event_types.id: ids are handed out in
// import order, so the first event types of a project get the most distinct colours.
QColor eventColor(qint64 eventTypeId);
// Folded rare events ("Other") and the end of a path (drop-off).
QColor otherEventColor();
QColor endOfPathColor();

} // namespace waymark::ui
