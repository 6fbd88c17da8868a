<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>waymark::ui::AboutDialog</name>
    <message>
        <source>About Waymark</source>
        <translation>Über Waymark</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Waymark %1&lt;/h2&gt;&lt;p&gt;Evidence-based customer journey maps from your product&apos;s own event data, support tickets and feedback. Everything stays on your machine.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Waymark %1&lt;/h2&gt;&lt;p&gt;Evidenzbasierte Customer-Journey-Maps aus den Ereignisdaten, Support-Tickets und dem Feedback Ihres eigenen Produkts. Alle Daten bleiben auf Ihrem Rechner.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Built on&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Aufgebaut auf&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>GUI, threads, translations</source>
        <translation>Oberfläche, Threads, Übersetzungen</translation>
    </message>
    <message>
        <source>project files</source>
        <translation>Projektdateien</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>gemeinfrei</translation>
    </message>
    <message>
        <source>JSON parsing</source>
        <translation>JSON-Verarbeitung</translation>
    </message>
    <message>
        <source>.gz and .zip exports</source>
        <translation>.gz- und .zip-Exporte</translation>
    </message>
    <message>
        <source>deduplication keys</source>
        <translation>Schlüssel für die Deduplizierung</translation>
    </message>
    <message>
        <source>logging</source>
        <translation>Protokollierung</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bundled data&lt;/h3&gt;&lt;p&gt;The demo project (File → Open Demo Project) is generated on your machine by Waymark&apos;s own seeded generator: a fictitious B2B SaaS free trial with invented people, companies, support tickets and survey answers. It contains no real personal data and may be used, changed and shared freely under the same licence as Waymark.&lt;/p&gt;&lt;p&gt;The German and French translations and the application icon are part of Waymark.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Mitgelieferte Daten&lt;/h3&gt;&lt;p&gt;Das Demoprojekt (Datei → Demoprojekt öffnen) wird von Waymarks eigenem Generator mit festem Startwert auf Ihrem Rechner erzeugt: eine fiktive kostenlose Testphase eines B2B-SaaS-Produkts mit erfundenen Personen, Unternehmen, Support-Tickets und Umfrageantworten. Es enthält keine echten personenbezogenen Daten und darf unter derselben Lizenz wie Waymark frei genutzt, verändert und weitergegeben werden.&lt;/p&gt;&lt;p&gt;Die deutsche und die französische Übersetzung sowie das Programmsymbol sind Teil von Waymark.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>process map layout</source>
        <translation>Layout der Prozesskarte</translation>
    </message>
</context>
<context>
    <name>waymark::ui::Actions</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Eine leere Projektdatei anlegen</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Eine Projektdatei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <source>Open the bundled B2B SaaS trial demo project</source>
        <translation>Das mitgelieferte Demoprojekt (Testphase eines B2B-SaaS-Produkts) öffnen</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>Daten &amp;importieren…</translation>
    </message>
    <message>
        <source>Import event exports, tickets or feedback into the project</source>
        <translation>Ereignisexporte, Tickets oder Feedback in das Projekt importieren</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>Close the project (it is saved as you work)</source>
        <translation>Das Projekt schließen (es wird fortlaufend gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Waymark</source>
        <translation>Waymark beenden</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language, appearance and import defaults</source>
        <translation>Sprache, Erscheinungsbild und Standardwerte für den Import</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Recompute the current view</source>
        <translation>Die aktuelle Ansicht neu berechnen</translation>
    </message>
    <message>
        <source>Reset &amp;Filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear the date range and the segment</source>
        <translation>Zeitraum und Segment zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Show the window full screen</source>
        <translation>Das Fenster im Vollbild anzeigen</translation>
    </message>
    <message>
        <source>&amp;About Waymark</source>
        <translation>Ü&amp;ber Waymark</translation>
    </message>
    <message>
        <source>Version, licences and bundled data</source>
        <translation>Version, Lizenzen und mitgelieferte Daten</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version Waymark runs on</source>
        <translation>Die Qt-Version, auf der Waymark läuft</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
</context>
<context>
    <name>waymark::ui::Application</name>
    <message>
        <source>Evidence-based customer journey maps</source>
        <translation>Evidenzbasierte Customer-Journey-Maps</translation>
    </message>
    <message>
        <source>Project file (*.waymark) to open</source>
        <translation>Zu öffnende Projektdatei (*.waymark)</translation>
    </message>
</context>
<context>
    <name>waymark::ui::BusyIndicator</name>
    <message>
        <source>Busy indicator</source>
        <translation>Aktivitätsanzeige</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ConversionTrendView</name>
    <message>
        <source>Conversion over time</source>
        <translation>Conversion im Zeitverlauf</translation>
    </message>
    <message>
        <source>Nobody entered the funnel</source>
        <translation>Niemand ist in den Trichter eingestiegen</translation>
    </message>
    <message>
        <source>Conversion from the first to the last step, by day of step 1 (UTC)</source>
        <translation>Conversion vom ersten bis zum letzten Schritt, nach Tag von Schritt 1 (UTC)</translation>
    </message>
    <message>
        <source>Conversion from the first to the last step, by week of step 1 (UTC)</source>
        <translation>Conversion vom ersten bis zum letzten Schritt, nach Woche von Schritt 1 (UTC)</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ExportText</name>
    <message>
        <source>Cannot export a chart as “%1”: use .png, .svg or .pdf</source>
        <translation>Ein Diagramm kann nicht als „%1“ exportiert werden: Verwenden Sie .png, .svg oder .pdf</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Waymark chart</source>
        <translation>Waymark-Diagramm</translation>
    </message>
</context>
<context>
    <name>waymark::ui::FilterBar</name>
    <message>
        <source>Global filter</source>
        <translation>Globaler Filter</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>Date range of the events every view looks at; the last days are counted back from the newest event</source>
        <translation>Zeitraum der Ereignisse, die alle Ansichten auswerten; die letzten Tage werden ab dem neuesten Ereignis zurückgezählt</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>Zeit&amp;raum:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Only people or events matching a segment</source>
        <translation>Nur Personen oder Ereignisse, die zu einem Segment passen</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Build a segment from property rules combined with AND / OR (Ctrl+Shift+S)</source>
        <translation>Ein Segment aus Eigenschaftsregeln bilden, verknüpft mit UND / ODER (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Count people or sessions</source>
        <translation>Personen oder Sitzungen zählen</translation>
    </message>
    <message>
        <source>C&amp;ount:</source>
        <translation>&amp;Zählen:</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear the date range and the segment</source>
        <translation>Zeitraum und Segment zurücksetzen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Custom segment</source>
        <translation>Benutzerdefiniertes Segment</translation>
    </message>
</context>
<context>
    <name>waymark::ui::FilterState</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>segment “%1”</source>
        <translation>Segment „%1“</translation>
    </message>
    <message>
        <source>custom segment</source>
        <translation>benutzerdefiniertes Segment</translation>
    </message>
    <message>
        <source>all data</source>
        <translation>alle Daten</translation>
    </message>
</context>
<context>
    <name>waymark::ui::Format</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>waymark::ui::FunnelChartView</name>
    <message>
        <source>Funnel chart</source>
        <translation>Trichterdiagramm</translation>
    </message>
    <message>
        <source>Dropped off</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Conversion from step 1</source>
        <translation>Conversion ab Schritt 1</translation>
    </message>
    <message>
        <source>★ conversion from the previous step differs significantly between the groups (chi-square test, Benjamini–Hochberg adjusted p &lt; 0.05)</source>
        <translation>★ Die Conversion vom vorherigen Schritt unterscheidet sich signifikant zwischen den Gruppen (Chi-Quadrat-Test, nach Benjamini-Hochberg adjustiertes p &lt; 0,05)</translation>
    </message>
    <message>
        <source>The segments overlap, so the groups are not tested against each other.</source>
        <translation>Die Segmente überschneiden sich, daher werden die Gruppen nicht gegeneinander getestet.</translation>
    </message>
    <message>
        <source>No step differs significantly between the groups (adjusted p ≥ 0.05).</source>
        <translation>Kein Schritt unterscheidet sich signifikant zwischen den Gruppen (adjustiertes p ≥ 0,05).</translation>
    </message>
    <message>
        <source>Showing the %1 largest of %2 groups; the table lists all.</source>
        <translation>Die %1 größten von %2 Gruppen werden gezeigt; die Tabelle führt alle auf.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::FunnelEditor</name>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Add exclusion</source>
        <translation>Ausschluss hinzufügen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Conversion window</source>
        <translation>Conversion-Zeitfenster</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Conversion window unit</source>
        <translation>Einheit des Conversion-Zeitfensters</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>Der Reihe nach</translation>
    </message>
    <message>
        <source>Strict (next event)</source>
        <translation>Strikt (nächstes Ereignis)</translation>
    </message>
    <message>
        <source>Any order</source>
        <translation>Beliebige Reihenfolge</translation>
    </message>
    <message>
        <source>In order: other events may come between steps. Strict: each step is the very next event. Any order: counts how many of the steps were completed.</source>
        <translation>Der Reihe nach: Zwischen den Schritten dürfen andere Ereignisse liegen. Strikt: Jeder Schritt ist unmittelbar das nächste Ereignis. Beliebige Reihenfolge: zählt, wie viele der Schritte abgeschlossen wurden.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Every step must carry the value the first step has (e.g. the same device)</source>
        <translation>Jeder Schritt muss denselben Wert haben wie der erste Schritt (z. B. dasselbe Gerät)</translation>
    </message>
    <message>
        <source>Same value of</source>
        <translation>Gleicher Wert bei</translation>
    </message>
    <message>
        <source>Compare the funnel between the values of a property or between saved segments</source>
        <translation>Den Trichter zwischen den Werten einer Eigenschaft oder zwischen gespeicherten Segmenten vergleichen</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Aufschlüsseln nach</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Ausschlüsse</translation>
    </message>
    <message>
        <source>An excluded event between two steps disqualifies the attempt.</source>
        <translation>Ein ausgeschlossenes Ereignis zwischen zwei Schritten macht den Versuch ungültig.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>Gespeicherte Segmente</translation>
    </message>
    <message>
        <source>%1 (user)</source>
        <translation>%1 (Nutzer)</translation>
    </message>
    <message>
        <source>%1 (event)</source>
        <translation>%1 (Ereignis)</translation>
    </message>
    <message>
        <source>%1 (event, at step 1)</source>
        <translation>%1 (Ereignis, bei Schritt 1)</translation>
    </message>
</context>
<context>
    <name>waymark::ui::FunnelExclusionRow</name>
    <message>
        <source>Remove exclusion</source>
        <translation>Ausschluss entfernen</translation>
    </message>
    <message>
        <source>Excluded event</source>
        <translation>Ausgeschlossenes Ereignis</translation>
    </message>
    <message>
        <source>Exclusion from step</source>
        <translation>Ausschluss ab Schritt</translation>
    </message>
    <message>
        <source>Exclusion to step</source>
        <translation>Ausschluss bis Schritt</translation>
    </message>
    <message>
        <source>between</source>
        <translation>zwischen</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
</context>
<context>
    <name>waymark::ui::FunnelStepRow</name>
    <message>
        <source>no filter</source>
        <translation>kein Filter</translation>
    </message>
    <message>
        <source>%1 (event)</source>
        <translation>%1 (Ereignis)</translation>
    </message>
    <message>
        <source>%1 (user)</source>
        <translation>%1 (Nutzer)</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Schritt nach oben verschieben</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Schritt nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Step event</source>
        <translation>Ereignis des Schritts</translation>
    </message>
    <message>
        <source>Step filter property</source>
        <translation>Filtereigenschaft des Schritts</translation>
    </message>
    <message>
        <source>Only count events of this step whose property equals the value</source>
        <translation>Nur Ereignisse dieses Schritts zählen, deren Eigenschaft dem Wert entspricht</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Step filter value</source>
        <translation>Filterwert des Schritts</translation>
    </message>
    <message>
        <source>where</source>
        <translation>mit</translation>
    </message>
</context>
<context>
    <name>waymark::ui::FunnelTableModel</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Double-click to list the users who reached this step</source>
        <translation>Doppelklicken, um die Nutzer aufzulisten, die diesen Schritt erreicht haben</translation>
    </message>
    <message>
        <source>Double-click to list the users who dropped off before this step</source>
        <translation>Doppelklicken, um die Nutzer aufzulisten, die vor diesem Schritt abgebrochen haben</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Vom vorherigen</translation>
    </message>
    <message>
        <source>From first</source>
        <translation>Vom ersten</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Abbruch</translation>
    </message>
    <message>
        <source>95% CI (from first)</source>
        <translation>95-%-KI (vom ersten)</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Zeit (Median)</translation>
    </message>
</context>
<context>
    <name>waymark::ui::FunnelsPage</name>
    <message>
        <source>Funnel summary</source>
        <translation>Zusammenfassung des Trichters</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Step of the time to convert</source>
        <translation>Schritt für die Zeit bis zur Conversion</translation>
    </message>
    <message>
        <source>Time to reach</source>
        <translation>Zeit bis</translation>
    </message>
    <message>
        <source>Time to convert</source>
        <translation>Zeit bis zur Conversion</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Trend interval</source>
        <translation>Trendintervall</translation>
    </message>
    <message>
        <source>Recent buckets can look low: their users have not had the whole window yet.</source>
        <translation>Die jüngsten Zeiträume können niedrig wirken: Ihre Nutzer hatten noch nicht das ganze Zeitfenster zur Verfügung.</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message>
        <source>Funnel steps</source>
        <translation>Trichterschritte</translation>
    </message>
    <message>
        <source>Double-click a count or a drop-off to list those users in the session list</source>
        <translation>Auf eine Anzahl oder einen Abbruch doppelklicken, um diese Nutzer in der Sitzungsliste aufzulisten</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Save the chart of the current tab as an image or document</source>
        <translation>Das Diagramm des aktuellen Tabs als Bild oder Dokument speichern</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG-Bild…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing…</source>
        <translation>SVG-Grafik…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <source>PDF document…</source>
        <translation>PDF-Dokument…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Als CSV speichern…</translation>
    </message>
    <message>
        <source>Save the table as CSV (Ctrl+Shift+C copies it)</source>
        <translation>Die Tabelle als CSV speichern (Strg+Umschalt+C kopiert sie)</translation>
    </message>
    <message>
        <source>Copy table as CSV</source>
        <translation>Tabelle als CSV kopieren</translation>
    </message>
    <message>
        <source>The funnel could not be saved: %1</source>
        <translation>Der Trichter konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 sessions entered; %3 converted (%4 of those who entered)</source>
        <translation>%1 von %2 Sitzungen eingestiegen; %3 konvertiert (%4 der Eingestiegenen)</translation>
    </message>
    <message>
        <source>%1 of %2 users entered; %3 converted (%4 of those who entered)</source>
        <translation>%1 von %2 Nutzern eingestiegen; %3 konvertiert (%4 der Eingestiegenen)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The funnel could not be computed: %1</source>
        <translation>Der Trichter konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Dropped off before step %1 (%2)</source>
        <translation>Vor Schritt %1 abgebrochen (%2)</translation>
    </message>
    <message>
        <source>Reached step %1 (%2)</source>
        <translation>Schritt %1 erreicht (%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>all groups (event-property groups are not listed apart)</source>
        <translation>alle Gruppen (Gruppen nach Ereigniseigenschaften werden nicht getrennt aufgeführt)</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) listed in the session list</source>
        <translation>
            <numerusform>%Ln Eintrag in der Sitzungsliste aufgeführt</numerusform>
            <numerusform>%Ln Einträge in der Sitzungsliste aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>funnel.%1</source>
        <translation>trichter.%1</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Diagramm unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Funnel table copied as CSV</source>
        <translation>Trichtertabelle als CSV kopiert</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>Als CSV speichern</translation>
    </message>
    <message>
        <source>funnel.csv</source>
        <translation>trichter.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Funnels</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Conversion through a sequence of steps, drop-off, time to convert and segment differences</source>
        <translation>Conversion über eine Folge von Schritten, Abbrüche, Zeit bis zur Conversion und Unterschiede zwischen Segmenten</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ImportFilesPage</name>
    <message>
        <source>Choose files</source>
        <translation>Dateien auswählen</translation>
    </message>
    <message>
        <source>Event exports (CSV, JSON, Mixpanel, Amplitude, Segment, PostHog, GA4, Heap, XES), support tickets, feedback, CRM accounts or release notes. .gz and .zip files are read directly.</source>
        <translation>Ereignisexporte (CSV, JSON, Mixpanel, Amplitude, Segment, PostHog, GA4, Heap, XES), Support-Tickets, Feedback, CRM-Accounts oder Release Notes. .gz- und .zip-Dateien werden direkt gelesen.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Choose export files to import</source>
        <translation>Zu importierende Exportdateien auswählen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Die ausgewählten Dateien aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Exports (*.csv *.tsv *.txt *.json *.jsonl *.ndjson *.xes *.gz *.zip);;All files (*)</source>
        <translation>Exporte (*.csv *.tsv *.txt *.json *.jsonl *.ndjson *.xes *.gz *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1  (%2 KB)</source>
        <translation>%1  (%2 KB)</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ImportMappingPage</name>
    <message>
        <source>Check the preview and the columns</source>
        <translation>Vorschau und Spalten prüfen</translation>
    </message>
    <message>
        <source>The first 50 rows of each file. Columns in bold are used as user, event, time or session; every other column is kept as an event property.</source>
        <translation>Die ersten 50 Zeilen jeder Datei. Fett gedruckte Spalten werden als Nutzer, Ereignis, Zeit oder Sitzung verwendet; alle anderen Spalten bleiben als Ereigniseigenschaften erhalten.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The file whose preview is shown</source>
        <translation>Die Datei, deren Vorschau angezeigt wird</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The detected format; choose another one if detection got it wrong</source>
        <translation>Das erkannte Format; wählen Sie ein anderes, falls die Erkennung danebenlag</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>The column holding the %1</source>
        <translation>Die Spalte mit dem Feld „%1“</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>How to read timestamps without an offset (wall-clock times)</source>
        <translation>Wie Zeitstempel ohne Zeitzonenangabe (lokale Uhrzeit) gelesen werden</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Session gap</source>
        <translation>Sitzungs-Timeout</translation>
    </message>
    <message>
        <source>A new session starts after this much inactivity, unless the export has its own session column</source>
        <translation>Nach so langer Inaktivität beginnt eine neue Sitzung, sofern der Export keine eigene Sitzungsspalte hat</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Session gap:</source>
        <translation>Sitzungs-Timeout:</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Detect automatically (%1)</source>
        <translation>Automatisch erkennen (%1)</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>Diese Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The format was not recognised; choose it above.</source>
        <translation>Das Format wurde nicht erkannt; wählen Sie es oben aus.</translation>
    </message>
    <message>
        <source>Choose the columns: %1</source>
        <translation>Wählen Sie die Spalten: %1</translation>
    </message>
    <message>
        <source>%1 · about %2 rows · %3</source>
        <translation>%1 · etwa %2 Zeilen · %3</translation>
    </message>
    <message>
        <source>columns can be changed above</source>
        <translation>Spalten lassen sich oben ändern</translation>
    </message>
    <message>
        <source>the format defines its own fields</source>
        <translation>das Format legt seine Felder selbst fest</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ImportRunPage</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>The import runs in the background; you can keep working in the main window. Cancelling leaves the project as it was before the file in progress.</source>
        <translation>Der Import läuft im Hintergrund; Sie können im Hauptfenster weiterarbeiten. Beim Abbrechen bleibt das Projekt so, wie es vor der gerade bearbeiteten Datei war.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Import speed</source>
        <translation>Importgeschwindigkeit</translation>
    </message>
    <message>
        <source>Stop the import and roll back the file in progress (Esc)</source>
        <translation>Den Import anhalten und die gerade bearbeitete Datei zurücknehmen (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s) into %1…</source>
        <translation>
            <numerusform>%Ln Datei wird in %1 importiert…</numerusform>
            <numerusform>%Ln Dateien werden in %1 importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>Der Import ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>≈ %1 rows/s · about %2 left</source>
        <translation>≈ %1 Zeilen/s · noch etwa %2</translation>
    </message>
    <message>
        <source>Cancelling… the file in progress is being rolled back.</source>
        <translation>Wird abgebrochen… Die gerade bearbeitete Datei wird zurückgenommen.</translation>
    </message>
    <message>
        <source>Import cancelled. The project is unchanged by the file that was in progress.</source>
        <translation>Import abgebrochen. Die Datei, die gerade bearbeitet wurde, hat das Projekt nicht verändert.</translation>
    </message>
    <message>
        <source>All rows read. Settling identities, duplicates and sessions…</source>
        <translation>Alle Zeilen gelesen. Identitäten, Duplikate und Sitzungen werden abgeglichen…</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ImportSummaryPage</name>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>&amp;Export Rejected Rows…</source>
        <translation>Abgelehnte Zeilen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the rejected rows with line and reason as a CSV file</source>
        <translation>Die abgelehnten Zeilen mit Zeilennummer und Grund als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2): %3 rows read, %4 imported, %5 rejected, %6 duplicates skipped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2): %3 Zeilen gelesen, %4 importiert, %5 abgelehnt, %6 Duplikate übersprungen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: cancelled, nothing imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: abgebrochen, nichts importiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: failed, nothing imported. %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: fehlgeschlagen, nichts importiert. %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Only the first %1 rejected rows of %2 are listed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nur die ersten %1 von %2 abgelehnten Zeilen werden aufgeführt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Abgelehnte Zeilen exportieren</translation>
    </message>
    <message>
        <source>rejected-rows.csv</source>
        <translation>abgelehnte-zeilen.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ImportWizard</name>
    <message>
        <source>Import Data</source>
        <translation>Daten importieren</translation>
    </message>
</context>
<context>
    <name>waymark::ui::JourneyData</name>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>(end)</source>
        <translation>(Ende)</translation>
    </message>
    <message>
        <source>Journey map, steps %1–%2: %3 → %4</source>
        <translation>Journey-Map, Schritte %1–%2: %3 → %4</translation>
    </message>
    <message>
        <source>Journey map, step %1: %2</source>
        <translation>Journey-Map, Schritt %1: %2</translation>
    </message>
    <message>
        <source>%1 (segment %2)</source>
        <translation>%1 (Segment %2)</translation>
    </message>
</context>
<context>
    <name>waymark::ui::JourneyGrid</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>waymark::ui::JourneyPage</name>
    <message>
        <source>Collapse repeats</source>
        <translation>Wiederholungen zusammenfassen</translation>
    </message>
    <message>
        <source>Happy path</source>
        <translation>Happy Path</translation>
    </message>
    <message>
        <source>Starting at</source>
        <translation>Beginnend mit</translation>
    </message>
    <message>
        <source>Ending at</source>
        <translation>Endend mit</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Zwischen</translation>
    </message>
    <message>
        <source>Follow paths forward from the start event, backward from the end event, or between the two</source>
        <translation>Pfade vorwärts ab dem Startereignis, rückwärts ab dem Endereignis oder zwischen beiden verfolgen</translation>
    </message>
    <message>
        <source>Start event: each path begins at a unit&apos;s first occurrence of it</source>
        <translation>Startereignis: Jeder Pfad beginnt beim ersten Auftreten dieses Ereignisses je Einheit</translation>
    </message>
    <message>
        <source>End event: paths lead up to a unit&apos;s last occurrence of it</source>
        <translation>Endereignis: Die Pfade führen bis zum letzten Auftreten dieses Ereignisses je Einheit</translation>
    </message>
    <message>
        <source>Steps: </source>
        <translation>Schritte: </translation>
    </message>
    <message>
        <source>Top events: </source>
        <translation>Top-Ereignisse: </translation>
    </message>
    <message>
        <source>Top events: all</source>
        <translation>Top-Ereignisse: alle</translation>
    </message>
    <message>
        <source>Events kept per step; the rest are folded into Other</source>
        <translation>Pro Schritt behaltene Ereignisse; der Rest wird unter „Sonstige“ zusammengefasst</translation>
    </message>
    <message>
        <source>Compare segments</source>
        <translation>Segmente vergleichen</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Emphasise the most travelled path from the first step</source>
        <translation>Den meistgenutzten Pfad ab dem ersten Schritt hervorheben</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the journey map as PNG, SVG or PDF (Ctrl+E)</source>
        <translation>Die Journey-Map als PNG, SVG oder PDF speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Excluded events (%1)</source>
        <translation>Ausgeschlossene Ereignisse (%1)</translation>
    </message>
    <message>
        <source>Comparing %1 segments</source>
        <translation>%1 Segmente im Vergleich</translation>
    </message>
    <message>
        <source>The journey map could not be computed: %1</source>
        <translation>Die Journey-Map konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>No events under the current filter.</source>
        <translation>Keine Ereignisse für den aktuellen Filter.</translation>
    </message>
    <message>
        <source>Segments side by side at one scale, so equal heights mean equal numbers; click a node or band to list its units.</source>
        <translation>Segmente nebeneinander im selben Maßstab, gleiche Höhen bedeuten also gleiche Anzahlen; klicken Sie auf einen Knoten oder ein Band, um die zugehörigen Einheiten aufzulisten.</translation>
    </message>
    <message>
        <source>%1 of %2 with events take part (%3). Click a node or band to list them; right-click for options.</source>
        <translation>%1 von %2 mit Ereignissen sind beteiligt (%3). Klicken Sie auf einen Knoten oder ein Band, um sie aufzulisten; Rechtsklick für Optionen.</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Journey-Map</translation>
    </message>
    <message>
        <source>Step paths from a start event as a Sankey diagram</source>
        <translation>Pfade Schritt für Schritt ab einem Startereignis als Sankey-Diagramm</translation>
    </message>
    <message>
        <source>Journey map from %1</source>
        <translation>Journey-Map ab %1</translation>
    </message>
    <message>
        <source>Journey map up to %1</source>
        <translation>Journey-Map bis %1</translation>
    </message>
    <message>
        <source>Journey map from %1 to %2</source>
        <translation>Journey-Map von %1 bis %2</translation>
    </message>
    <message>
        <source>%1 · %2 steps · %3</source>
        <translation>%1 · %2 Schritte · %3</translation>
    </message>
    <message>
        <source>Export journey map</source>
        <translation>Journey-Map exportieren</translation>
    </message>
    <message>
        <source>journey-map.png</source>
        <translation>journey-map.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Journey map saved to %1</source>
        <translation>Journey-Map unter %1 gespeichert</translation>
    </message>
    <message>
        <source>No saved segments yet</source>
        <translation>Noch keine gespeicherten Segmente</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Vergleich beenden</translation>
    </message>
    <message>
        <source>Include %1 again</source>
        <translation>%1 wieder einbeziehen</translation>
    </message>
    <message>
        <source>Include all</source>
        <translation>Alle einbeziehen</translation>
    </message>
    <message>
        <source>List these sessions</source>
        <translation>Diese Sitzungen auflisten</translation>
    </message>
    <message>
        <source>List these users</source>
        <translation>Diese Nutzer auflisten</translation>
    </message>
    <message>
        <source>Set as start event</source>
        <translation>Als Startereignis festlegen</translation>
    </message>
    <message>
        <source>Set as end event</source>
        <translation>Als Endereignis festlegen</translation>
    </message>
    <message>
        <source>Exclude this event</source>
        <translation>Dieses Ereignis ausschließen</translation>
    </message>
    <message>
        <source>Expand Other</source>
        <translation>„Sonstige“ aufschlüsseln</translation>
    </message>
</context>
<context>
    <name>waymark::ui::LabelCommandText</name>
    <message>
        <source>Clear tag of session %1</source>
        <translation>Markierung von Sitzung %1 entfernen</translation>
    </message>
    <message>
        <source>Tag session %1 %2</source>
        <translation>Sitzung %1 als %2 markieren</translation>
    </message>
    <message>
        <source>Edit note of session %1</source>
        <translation>Notiz zu Sitzung %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>waymark::ui::MainWindow</name>
    <message>
        <source>Waymark</source>
        <translation>Waymark</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>%1 — Waymark</source>
        <translation>%1 — Waymark</translation>
    </message>
    <message>
        <source>Clear Recent Projects</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>waymark::ui::OverviewPage</name>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Time span</source>
        <translation>Zeitspanne</translation>
    </message>
    <message>
        <source>Tickets and feedback</source>
        <translation>Tickets und Feedback</translation>
    </message>
    <message>
        <source>Top events</source>
        <translation>Top-Ereignisse</translation>
    </message>
    <message>
        <source>The most common events under the current filter; the bar shows the share of users or sessions</source>
        <translation>Die häufigsten Ereignisse für den aktuellen Filter; der Balken zeigt den Anteil der Nutzer bzw. Sitzungen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Every imported file with its row counts</source>
        <translation>Alle importierten Dateien mit ihren Zeilenzahlen</translation>
    </message>
    <message>
        <source>Data-quality warnings</source>
        <translation>Warnungen zur Datenqualität</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <source>The overview could not be computed: %1</source>
        <translation>Die Übersicht konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>of %1 in the project</source>
        <translation>von %1 im Projekt</translation>
    </message>
    <message numerus="yes">
        <source>%n event type(s)</source>
        <translation>
            <numerusform>%Ln Ereignistyp</numerusform>
            <numerusform>%Ln Ereignistypen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 events per user</source>
        <translation>%1 Ereignisse pro Nutzer</translation>
    </message>
    <message numerus="yes">
        <source>%n tagged by researchers</source>
        <translation>
            <numerusform>%Ln von Forschenden markiert</numerusform>
            <numerusform>%Ln von Forschenden markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>none tagged yet</source>
        <translation>noch keine markiert</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>no events</source>
        <translation>keine Ereignisse</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 accounts, %2 releases</source>
        <translation>%1 Accounts, %2 Releases</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Events, users, sessions, top events, sources and data quality</source>
        <translation>Ereignisse, Nutzer, Sitzungen, Top-Ereignisse, Quellen und Datenqualität</translation>
    </message>
</context>
<context>
    <name>waymark::ui::Page</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>waymark::ui::PreviewModel</name>
    <message>
        <source>user</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>dedup id</source>
        <translation>Dedup-ID</translation>
    </message>
    <message>
        <source>Kept as an event property</source>
        <translation>Bleibt als Ereigniseigenschaft erhalten</translation>
    </message>
    <message>
        <source>Used as the %1 column</source>
        <translation>Als Spalte „%1“ verwendet</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ProcessPage</name>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Select a variant to light its path on the map; Esc shows all again</source>
        <translation>Eine Variante auswählen, um ihren Pfad in der Karte hervorzuheben; Esc zeigt wieder alle</translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation>An Ansicht anpassen</translation>
    </message>
    <message>
        <source>Show all paths</source>
        <translation>Alle Pfade zeigen</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Aktivitäten</translation>
    </message>
    <message>
        <source>Share of the activities shown, most frequent first; hidden ones are taken out of the cases</source>
        <translation>Anteil der gezeigten Aktivitäten, häufigste zuerst; ausgeblendete werden aus den Fällen herausgenommen</translation>
    </message>
    <message>
        <source>&amp;Paths</source>
        <translation>&amp;Pfade</translation>
    </message>
    <message>
        <source>Share of the paths (edges) shown, most transitions first; every shown activity stays connected</source>
        <translation>Anteil der gezeigten Pfade (Kanten), die mit den meisten Übergängen zuerst; jede gezeigte Aktivität bleibt verbunden</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Frequency: counts on the edges. Performance: edges coloured and labelled by the median time between events</source>
        <translation>Häufigkeit: Anzahlen an den Kanten. Dauer: Kanten nach der medianen Zeit zwischen den Ereignissen eingefärbt und beschriftet</translation>
    </message>
    <message>
        <source>Map mode</source>
        <translation>Kartenmodus</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the map to the view (Ctrl+0); Ctrl+wheel zooms, dragging pans</source>
        <translation>Die Karte in die Ansicht einpassen (Strg+0); Strg+Mausrad zoomt, Ziehen verschiebt</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the map as PNG, SVG or PDF</source>
        <translation>Die Karte als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>The process map could not be computed: %1</source>
        <translation>Die Prozesskarte konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>%1 distinct variants over %2 cases; the top %3 listed</source>
        <translation>%1 verschiedene Varianten in %2 Fällen; die %3 häufigsten sind aufgeführt</translation>
    </message>
    <message>
        <source>The variants could not be computed: %1</source>
        <translation>Die Varianten konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 Sitzungen</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Nutzer</translation>
    </message>
    <message>
        <source>%1 of %2 activities, %3 of %4 paths shown; %5, %6 transitions</source>
        <translation>%1 von %2 Aktivitäten, %3 von %4 Pfaden gezeigt; %5, %6 Übergänge</translation>
    </message>
    <message>
        <source>Export process map</source>
        <translation>Prozesskarte exportieren</translation>
    </message>
    <message>
        <source>process-map.png</source>
        <translation>prozesskarte.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Process map saved to %1</source>
        <translation>Prozesskarte unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Process map</source>
        <translation>Prozesskarte</translation>
    </message>
    <message>
        <source>The directly-follows graph of events, with variants and times between steps</source>
        <translation>Der Directly-Follows-Graph der Ereignisse mit Varianten und Zeiten zwischen den Schritten</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ProcessPaint</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Median time between events</source>
        <translation>Mediane Zeit zwischen Ereignissen</translation>
    </message>
    <message>
        <source>fast</source>
        <translation>schnell</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>langsam</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ProcessText</name>
    <message>
        <source>%1s</source>
        <translation>%1s</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1m %2s</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1d %2h</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ProcessView</name>
    <message>
        <source>Process map</source>
        <translation>Prozesskarte</translation>
    </message>
    <message>
        <source>No events under the current filter.</source>
        <translation>Keine Ereignisse für den aktuellen Filter.</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 Sitzungen</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Nutzer</translation>
    </message>
    <message>
        <source>%1
%2 events, %3</source>
        <translation>%1
%2 Ereignisse, %3</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ProjectContext</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ProjectController</name>
    <message>
        <source>Waymark projects (*.waymark)</source>
        <translation>Waymark-Projekte (*.waymark)</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>journeys.waymark</source>
        <translation>journeys.waymark</translation>
    </message>
    <message>
        <source>Could not replace %1</source>
        <translation>%1 konnte nicht ersetzt werden</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Generating the demo project…</source>
        <translation>Demoprojekt wird erzeugt…</translation>
    </message>
    <message>
        <source>The demo project could not be created: %1</source>
        <translation>Das Demoprojekt konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Imported data goes into a project. Choose where to create it.</source>
        <translation>Importierte Daten werden in einem Projekt gespeichert. Wählen Sie, wo es angelegt werden soll.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::QualityText</name>
    <message>
        <source>%1 rows were rejected at import (%2 of the rows read); the import summary lists line and reason.</source>
        <translation>%1 Zeilen wurden beim Import abgelehnt (%2 der gelesenen Zeilen); die Import-Zusammenfassung nennt Zeile und Grund.</translation>
    </message>
    <message>
        <source>%1 duplicate rows were skipped (%2 of the rows read).</source>
        <translation>%1 doppelte Zeilen wurden übersprungen (%2 der gelesenen Zeilen).</translation>
    </message>
    <message>
        <source>%1 people (%2) were only ever seen anonymously, without a user id.</source>
        <translation>%1 Personen (%2) wurden immer nur anonym erfasst, ohne Nutzer-ID.</translation>
    </message>
    <message>
        <source>%1 sessions (%2) have a single event; check the session gap or the session column.</source>
        <translation>%1 Sitzungen (%2) haben nur ein einziges Ereignis; prüfen Sie den Sitzungs-Timeout oder die Sitzungsspalte.</translation>
    </message>
    <message>
        <source>%1 events have a time in the future; check the time column and its time zone.</source>
        <translation>%1 Ereignisse haben einen Zeitpunkt in der Zukunft; prüfen Sie die Zeitspalte und ihre Zeitzone.</translation>
    </message>
    <message>
        <source>%1 support tickets (%2) could not be linked to a user.</source>
        <translation>%1 Support-Tickets (%2) konnten keinem Nutzer zugeordnet werden.</translation>
    </message>
    <message>
        <source>%1 feedback responses (%2) could not be linked to a user.</source>
        <translation>%1 Feedback-Antworten (%2) konnten keinem Nutzer zugeordnet werden.</translation>
    </message>
    <message>
        <source>%1 event types occur fewer than five times (for example “%2”): possible typos or test events.</source>
        <translation>%1 Ereignistypen kommen seltener als fünfmal vor (zum Beispiel „%2“): möglicherweise Tippfehler oder Testereignisse.</translation>
    </message>
    <message>
        <source>%1 days without any event inside the time span (first: %2): a tracking outage or a missing export?</source>
        <translation>%1 Tage ohne jedes Ereignis innerhalb der Zeitspanne (erster: %2): ein Tracking-Ausfall oder ein fehlender Export?</translation>
    </message>
    <message>
        <source>No journey stages are defined yet, so events are not grouped into stages.</source>
        <translation>Es sind noch keine Journey-Phasen definiert, daher werden die Ereignisse keinen Phasen zugeordnet.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SankeyExport</name>
    <message>
        <source>There is no journey map to export.</source>
        <translation>Es gibt keine Journey-Map zum Exportieren.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Journey map exported by Waymark</source>
        <translation>Von Waymark exportierte Journey-Map</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SankeyText</name>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>1 Nutzer</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 Sitzungen</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Nutzer</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Step %1: %2, %3 of the step</source>
        <translation>Schritt %1: %2, %3 des Schritts</translation>
    </message>
    <message>
        <source>Their path ends here (no further event)</source>
        <translation>Ihr Pfad endet hier (kein weiteres Ereignis)</translation>
    </message>
    <message>
        <source>%1 go on to step %2</source>
        <translation>%1 gehen weiter zu Schritt %2</translation>
    </message>
    <message>
        <source>Time from the previous step: %1 (median)</source>
        <translation>Zeit seit dem vorherigen Schritt: %1 (Median)</translation>
    </message>
    <message>
        <source>Click to list them; right-click for more</source>
        <translation>Klicken, um sie aufzulisten; Rechtsklick für mehr</translation>
    </message>
    <message>
        <source>Steps %1 → %2: %3</source>
        <translation>Schritte %1 → %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of step %2</source>
        <translation>%1 von Schritt %2</translation>
    </message>
    <message>
        <source>Median time between them: %1</source>
        <translation>Mediane Zeit dazwischen: %1</translation>
    </message>
    <message>
        <source>Click to list them</source>
        <translation>Klicken, um sie aufzulisten</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SankeyView</name>
    <message>
        <source>Journey map</source>
        <translation>Journey-Map</translation>
    </message>
    <message>
        <source>No paths under the current filter</source>
        <translation>Keine Pfade für den aktuellen Filter</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SegmentEditor</name>
    <message>
        <source>Save as segment:</source>
        <translation>Als Segment speichern:</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Match all rules (AND)</source>
        <translation>alle Regeln erfüllen (UND)</translation>
    </message>
    <message>
        <source>Match any rule (OR)</source>
        <translation>mindestens eine Regel erfüllen (ODER)</translation>
    </message>
    <message>
        <source>Combine rules</source>
        <translation>Regeln verknüpfen</translation>
    </message>
    <message>
        <source>Keep events that</source>
        <translation>Ereignisse behalten, die</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Add a property rule</source>
        <translation>Eine Eigenschaftsregel hinzufügen</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Name des Segments</translation>
    </message>
    <message>
        <source>Several values are separated by “|”. Event rules test each event, user rules the person.</source>
        <translation>Mehrere Werte werden durch „|“ getrennt. Ereignisregeln prüfen jedes Ereignis, Nutzerregeln die Person.</translation>
    </message>
    <message>
        <source>Event property</source>
        <translation>Ereigniseigenschaft</translation>
    </message>
    <message>
        <source>User property</source>
        <translation>Nutzereigenschaft</translation>
    </message>
    <message>
        <source>In saved segment</source>
        <translation>In gespeichertem Segment</translation>
    </message>
    <message>
        <source>Rule kind</source>
        <translation>Art der Regel</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>enthält nicht</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>≥</source>
        <translation>≥</translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>≤</source>
        <translation>≤</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>ist vorhanden</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>ist nicht vorhanden</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>value|value</source>
        <translation>Wert|Wert</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>Diese Regel entfernen</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SegmentLibraryText</name>
    <message>
        <source>Could not save the segment “%1”: %2</source>
        <translation>Das Segment „%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SessionTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Nutzer %1</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>Predicted (no model)</source>
        <translation>Vorhersage (kein Modell)</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SessionTimelineView</name>
    <message>
        <source>Tickets and feedback</source>
        <translation>Tickets und Feedback</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Session events</source>
        <translation>Ereignisse der Sitzung</translation>
    </message>
    <message>
        <source>Linked tickets and feedback</source>
        <translation>Verknüpfte Tickets und Feedback</translation>
    </message>
    <message>
        <source>Tickets and feedback of this user from two days before to two days after the session</source>
        <translation>Tickets und Feedback dieses Nutzers von zwei Tagen vor bis zwei Tage nach der Sitzung</translation>
    </message>
    <message>
        <source>Select a session to see its events.</source>
        <translation>Wählen Sie eine Sitzung aus, um ihre Ereignisse zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · session %2 · %3 · %4 · %n event(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · Sitzung %2 · %3 · %4 · %Ln Ereignis</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · Sitzung %2 · %3 · %4 · %Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>during</source>
        <translation>während</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Tickets and feedback: none near this session</source>
        <translation>Tickets und Feedback: keine im Umfeld dieser Sitzung</translation>
    </message>
    <message>
        <source>Tickets and feedback (%1)</source>
        <translation>Tickets und Feedback (%1)</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SessionsPage</name>
    <message>
        <source>Session count</source>
        <translation>Anzahl der Sitzungen</translation>
    </message>
    <message>
        <source>Show all sessions</source>
        <translation>Alle Sitzungen zeigen</translation>
    </message>
    <message>
        <source>Leave the drill-down and list every session again</source>
        <translation>Den Drill-down verlassen und wieder alle Sitzungen auflisten</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>1 positive, 2 negative, 3 neutral, 0 clear; the tag is saved at once</source>
        <translation>1 positiv, 2 negativ, 3 neutral, 0 entfernen; die Markierung wird sofort gespeichert</translation>
    </message>
    <message>
        <source>Tag positive</source>
        <translation>Als positiv markieren</translation>
    </message>
    <message>
        <source>Tag negative</source>
        <translation>Als negativ markieren</translation>
    </message>
    <message>
        <source>Tag neutral</source>
        <translation>Als neutral markieren</translation>
    </message>
    <message>
        <source>Clear tag</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Applying the segment…</source>
        <translation>Segment wird angewendet…</translation>
    </message>
    <message>
        <source>The segment could not be applied: %1</source>
        <translation>Das Segment konnte nicht angewendet werden: %1</translation>
    </message>
    <message>
        <source>Counting sessions…</source>
        <translation>Sitzungen werden gezählt…</translation>
    </message>
    <message>
        <source>%1+ sessions</source>
        <translation>%1+ Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the sessions of a selection</source>
        <translation>Es werden die Sitzungen einer Auswahl gezeigt</translation>
    </message>
    <message>
        <source>Loading session %1…</source>
        <translation>Sitzung %1 wird geladen…</translation>
    </message>
    <message>
        <source>Every session with its events; tag sessions positive, negative or neutral</source>
        <translation>Alle Sitzungen mit ihren Ereignissen; Sitzungen als positiv, negativ oder neutral markieren</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language of the user interface; applies after a restart</source>
        <translation>Die Sprache der Benutzeroberfläche; gilt nach einem Neustart</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Waymark uses the new language the next time it starts.</source>
        <translation>Waymark verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung verwenden</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>What new projects count by default</source>
        <translation>Was neue Projekte standardmäßig zählen</translation>
    </message>
    <message>
        <source>Default &amp;unit:</source>
        <translation>Stan&amp;dardeinheit:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Inactivity that starts a new session when an export has no session column</source>
        <translation>Inaktivität, nach der eine neue Sitzung beginnt, wenn ein Export keine Sitzungsspalte hat</translation>
    </message>
    <message>
        <source>Session &amp;gap:</source>
        <translation>Sitzungs-&amp;Timeout:</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Time zone of timestamps that carry no offset</source>
        <translation>Zeitzone für Zeitstempel ohne Zeitzonenangabe</translation>
    </message>
    <message>
        <source>Import &amp;time zone:</source>
        <translation>Import-&amp;Zeitzone:</translation>
    </message>
</context>
<context>
    <name>waymark::ui::StartPage</name>
    <message>
        <source>Waymark</source>
        <translation>Waymark</translation>
    </message>
    <message>
        <source>Evidence-based customer journey maps from your product&apos;s own data. Create a project, then import exports from Mixpanel, Amplitude, Segment, PostHog, GA4, Heap, CSV or JSON, plus tickets and feedback — or drop the files onto this window.</source>
        <translation>Evidenzbasierte Customer-Journey-Maps aus den eigenen Daten Ihres Produkts. Legen Sie ein Projekt an und importieren Sie dann Exporte aus Mixpanel, Amplitude, Segment, PostHog, GA4, Heap, CSV oder JSON sowie Tickets und Feedback – oder ziehen Sie die Dateien einfach auf dieses Fenster.</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>Zum Öffnen doppelklicken oder die Eingabetaste drücken</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
</context>
<context>
    <name>waymark::ui::StatusBar</name>
    <message>
        <source>Project summary</source>
        <translation>Projektzusammenfassung</translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation>Aktiver Filter</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>%1 · counting…</source>
        <translation>%1 · wird gezählt…</translation>
    </message>
    <message>
        <source>%1 · %2 events · %3 users · %4 sessions</source>
        <translation>%1 · %2 Ereignisse · %3 Nutzer · %4 Sitzungen</translation>
    </message>
</context>
<context>
    <name>waymark::ui::TagBar</name>
    <message>
        <source>Tag:</source>
        <translation>Markierung:</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Tag the session positive (1)</source>
        <translation>Die Sitzung als positiv markieren (1)</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Tag the session negative (2)</source>
        <translation>Die Sitzung als negativ markieren (2)</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Tag the session neutral (3)</source>
        <translation>Die Sitzung als neutral markieren (3)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the tag (0)</source>
        <translation>Die Markierung entfernen (0)</translation>
    </message>
    <message>
        <source>Note (Enter saves)</source>
        <translation>Notiz (Eingabetaste speichert)</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Notiz zur Sitzung</translation>
    </message>
    <message>
        <source>A note on this session, saved in the project when you press Enter; a note alone tags the session neutral</source>
        <translation>Eine Notiz zu dieser Sitzung, die beim Drücken der Eingabetaste im Projekt gespeichert wird; eine Notiz allein markiert die Sitzung als neutral</translation>
    </message>
    <message>
        <source>currently &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>derzeit &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>waymark::ui::TimeText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>%1–&lt;br&gt;%2</source>
        <translation>%1–&lt;br&gt;%2</translation>
    </message>
</context>
<context>
    <name>waymark::ui::TimeToConvertView</name>
    <message>
        <source>Time to convert</source>
        <translation>Zeit bis zur Conversion</translation>
    </message>
    <message>
        <source>Nobody reached this step</source>
        <translation>Niemand hat diesen Schritt erreicht</translation>
    </message>
    <message>
        <source>Time from the previous step</source>
        <translation>Zeit seit dem vorherigen Schritt</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>%1: median %2, mean %3, 90th percentile %4</source>
        <translation>%1: Median %2, Mittelwert %3, 90. Perzentil %4</translation>
    </message>
</context>
<context>
    <name>waymark::ui::TimelineText</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>waymark::ui::VariantsModel</name>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n event(s)</source>
        <translation>
            <numerusform>%1
%Ln Ereignis</numerusform>
            <numerusform>%1
%Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
</context>
</TS>
