<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>waymark::ui::AboutDialog</name>
    <message>
        <source>About Waymark</source>
        <translation>À propos de Waymark</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Waymark %1&lt;/h2&gt;&lt;p&gt;Evidence-based customer journey maps from your product&apos;s own event data, support tickets and feedback. Everything stays on your machine.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Waymark %1&lt;/h2&gt;&lt;p&gt;Des cartes du parcours client fondées sur des faits&#xa0;: les données d’événements de votre produit, vos tickets de support et vos retours clients. Tout reste sur votre machine.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Built on&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Composants utilisés&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>GUI, threads, translations</source>
        <translation>interface graphique, threads, traductions</translation>
    </message>
    <message>
        <source>project files</source>
        <translation>fichiers de projet</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>domaine public</translation>
    </message>
    <message>
        <source>JSON parsing</source>
        <translation>analyse du JSON</translation>
    </message>
    <message>
        <source>.gz and .zip exports</source>
        <translation>exports .gz et .zip</translation>
    </message>
    <message>
        <source>deduplication keys</source>
        <translation>clés de dédoublonnage</translation>
    </message>
    <message>
        <source>logging</source>
        <translation>journalisation</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>statistiques</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bundled data&lt;/h3&gt;&lt;p&gt;The demo project (File → Open Demo Project) is generated on your machine by Waymark&apos;s own seeded generator: a fictitious B2B SaaS free trial with invented people, companies, support tickets and survey answers. It contains no real personal data and may be used, changed and shared freely under the same licence as Waymark.&lt;/p&gt;&lt;p&gt;The German and French translations and the application icon are part of Waymark.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Données fournies&lt;/h3&gt;&lt;p&gt;Le projet de démonstration (Fichier → Ouvrir le projet de démonstration) est généré sur votre machine par le générateur déterministe de Waymark&#xa0;: l’essai gratuit fictif d’un SaaS B2B, avec des personnes, des entreprises, des tickets de support et des réponses à des enquêtes inventés. Il ne contient aucune donnée personnelle réelle et peut être utilisé, modifié et partagé librement sous la même licence que Waymark.&lt;/p&gt;&lt;p&gt;Les traductions allemande et française ainsi que l’icône de l’application font partie de Waymark.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>process map layout</source>
        <translation>mise en page de la carte des processus</translation>
    </message>
</context>
<context>
    <name>waymark::ui::Actions</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Créer un fichier de projet vide</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Ouvrir un fichier de projet</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>Ouvrir le projet de &amp;démonstration</translation>
    </message>
    <message>
        <source>Open the bundled B2B SaaS trial demo project</source>
        <translation>Ouvrir le projet de démonstration fourni (essai d’un SaaS B2B)</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>&amp;Importer des données…</translation>
    </message>
    <message>
        <source>Import event exports, tickets or feedback into the project</source>
        <translation>Importer dans le projet des exports d’événements, des tickets ou des retours clients</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>Close the project (it is saved as you work)</source>
        <translation>Fermer le projet (il est enregistré au fur et à mesure)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Waymark</source>
        <translation>Quitter Waymark</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Language, appearance and import defaults</source>
        <translation>Langue, apparence et réglages d’import par défaut</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Recompute the current view</source>
        <translation>Recalculer la vue actuelle</translation>
    </message>
    <message>
        <source>Reset &amp;Filters</source>
        <translation>Réinitialiser les &amp;filtres</translation>
    </message>
    <message>
        <source>Clear the date range and the segment</source>
        <translation>Effacer la période et le segment</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Show the window full screen</source>
        <translation>Afficher la fenêtre en plein écran</translation>
    </message>
    <message>
        <source>&amp;About Waymark</source>
        <translation>À &amp;propos de Waymark</translation>
    </message>
    <message>
        <source>Version, licences and bundled data</source>
        <translation>Version, licences et données fournies</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version Waymark runs on</source>
        <translation>La version de Qt sur laquelle Waymark fonctionne</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
</context>
<context>
    <name>waymark::ui::Application</name>
    <message>
        <source>Evidence-based customer journey maps</source>
        <translation>Cartes du parcours client fondées sur des faits</translation>
    </message>
    <message>
        <source>Project file (*.waymark) to open</source>
        <translation>Fichier de projet (*.waymark) à ouvrir</translation>
    </message>
</context>
<context>
    <name>waymark::ui::BusyIndicator</name>
    <message>
        <source>Busy indicator</source>
        <translation>Indicateur d’activité</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ConversionTrendView</name>
    <message>
        <source>Conversion over time</source>
        <translation>Conversion au fil du temps</translation>
    </message>
    <message>
        <source>Nobody entered the funnel</source>
        <translation>Personne n’est entré dans l’entonnoir</translation>
    </message>
    <message>
        <source>Conversion from the first to the last step, by day of step 1 (UTC)</source>
        <translation>Conversion de la première à la dernière étape, par jour de l’étape 1 (UTC)</translation>
    </message>
    <message>
        <source>Conversion from the first to the last step, by week of step 1 (UTC)</source>
        <translation>Conversion de la première à la dernière étape, par semaine de l’étape 1 (UTC)</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertis</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ExportText</name>
    <message>
        <source>Cannot export a chart as “%1”: use .png, .svg or .pdf</source>
        <translation>Impossible d’exporter un graphique au format «&#xa0;%1&#xa0;»&#xa0;: utilisez .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Waymark chart</source>
        <translation>Graphique Waymark</translation>
    </message>
</context>
<context>
    <name>waymark::ui::FilterBar</name>
    <message>
        <source>Global filter</source>
        <translation>Filtre global</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>Date range of the events every view looks at; the last days are counted back from the newest event</source>
        <translation>Période des événements prise en compte par toutes les vues&#xa0;; les derniers jours sont comptés à rebours depuis l’événement le plus récent</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Only people or events matching a segment</source>
        <translation>Uniquement les personnes ou les événements correspondant à un segment</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment&#xa0;:</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Build a segment from property rules combined with AND / OR (Ctrl+Shift+S)</source>
        <translation>Créer un segment à partir de règles sur les propriétés, combinées par ET / OU (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Count people or sessions</source>
        <translation>Compter les personnes ou les sessions</translation>
    </message>
    <message>
        <source>C&amp;ount:</source>
        <translation>&amp;Compter&#xa0;:</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Clear the date range and the segment</source>
        <translation>Effacer la période et le segment</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Custom segment</source>
        <translation>Segment personnalisé</translation>
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
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>segment “%1”</source>
        <translation>segment «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>custom segment</source>
        <translation>segment personnalisé</translation>
    </message>
    <message>
        <source>all data</source>
        <translation>toutes les données</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
</context>
<context>
    <name>waymark::ui::FunnelChartView</name>
    <message>
        <source>Funnel chart</source>
        <translation>Graphique de l’entonnoir</translation>
    </message>
    <message>
        <source>Dropped off</source>
        <translation>Abandons</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Conversion from step 1</source>
        <translation>Conversion depuis l’étape 1</translation>
    </message>
    <message>
        <source>★ conversion from the previous step differs significantly between the groups (chi-square test, Benjamini–Hochberg adjusted p &lt; 0.05)</source>
        <translation>★ la conversion depuis l’étape précédente diffère significativement entre les groupes (test du khi-deux, p ajusté selon Benjamini–Hochberg &lt; 0,05)</translation>
    </message>
    <message>
        <source>The segments overlap, so the groups are not tested against each other.</source>
        <translation>Les segments se chevauchent&#xa0;: les groupes ne sont donc pas testés les uns contre les autres.</translation>
    </message>
    <message>
        <source>No step differs significantly between the groups (adjusted p ≥ 0.05).</source>
        <translation>Aucune étape ne diffère significativement entre les groupes (p ajusté ≥ 0,05).</translation>
    </message>
    <message>
        <source>Showing the %1 largest of %2 groups; the table lists all.</source>
        <translation>Affichage des %1 plus grands groupes sur %2&#xa0;; le tableau les liste tous.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::FunnelEditor</name>
    <message>
        <source>Add step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Add exclusion</source>
        <translation>Ajouter une exclusion</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Conversion window</source>
        <translation>Fenêtre de conversion</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Conversion window unit</source>
        <translation>Unité de la fenêtre de conversion</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>In order</source>
        <translation>Dans l’ordre</translation>
    </message>
    <message>
        <source>Strict (next event)</source>
        <translation>Strict (événement suivant)</translation>
    </message>
    <message>
        <source>Any order</source>
        <translation>Ordre quelconque</translation>
    </message>
    <message>
        <source>In order: other events may come between steps. Strict: each step is the very next event. Any order: counts how many of the steps were completed.</source>
        <translation>Dans l’ordre&#xa0;: d’autres événements peuvent survenir entre les étapes. Strict&#xa0;: chaque étape est l’événement qui suit immédiatement. Ordre quelconque&#xa0;: compte combien d’étapes ont été réalisées.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Every step must carry the value the first step has (e.g. the same device)</source>
        <translation>Chaque étape doit avoir la même valeur que la première (p. ex. le même appareil)</translation>
    </message>
    <message>
        <source>Same value of</source>
        <translation>Même valeur de</translation>
    </message>
    <message>
        <source>Compare the funnel between the values of a property or between saved segments</source>
        <translation>Comparer l’entonnoir entre les valeurs d’une propriété ou entre des segments enregistrés</translation>
    </message>
    <message>
        <source>Break down by</source>
        <translation>Ventiler par</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Exclusions</translation>
    </message>
    <message>
        <source>An excluded event between two steps disqualifies the attempt.</source>
        <translation>Un événement exclu entre deux étapes invalide la tentative.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Saved segments</source>
        <translation>Segments enregistrés</translation>
    </message>
    <message>
        <source>%1 (user)</source>
        <translation>%1 (utilisateur)</translation>
    </message>
    <message>
        <source>%1 (event)</source>
        <translation>%1 (événement)</translation>
    </message>
    <message>
        <source>%1 (event, at step 1)</source>
        <translation>%1 (événement, à l’étape 1)</translation>
    </message>
</context>
<context>
    <name>waymark::ui::FunnelExclusionRow</name>
    <message>
        <source>Remove exclusion</source>
        <translation>Supprimer l’exclusion</translation>
    </message>
    <message>
        <source>Excluded event</source>
        <translation>Événement exclu</translation>
    </message>
    <message>
        <source>Exclusion from step</source>
        <translation>Exclusion à partir de l’étape</translation>
    </message>
    <message>
        <source>Exclusion to step</source>
        <translation>Exclusion jusqu’à l’étape</translation>
    </message>
    <message>
        <source>between</source>
        <translation>entre</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
</context>
<context>
    <name>waymark::ui::FunnelStepRow</name>
    <message>
        <source>no filter</source>
        <translation>aucun filtre</translation>
    </message>
    <message>
        <source>%1 (event)</source>
        <translation>%1 (événement)</translation>
    </message>
    <message>
        <source>%1 (user)</source>
        <translation>%1 (utilisateur)</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Phase&#xa0;: %1</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Monter l’étape</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Descendre l’étape</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <source>Step event</source>
        <translation>Événement de l’étape</translation>
    </message>
    <message>
        <source>Step filter property</source>
        <translation>Propriété du filtre de l’étape</translation>
    </message>
    <message>
        <source>Only count events of this step whose property equals the value</source>
        <translation>Ne compter que les événements de cette étape dont la propriété est égale à la valeur</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>Step filter value</source>
        <translation>Valeur du filtre de l’étape</translation>
    </message>
    <message>
        <source>where</source>
        <translation>où</translation>
    </message>
</context>
<context>
    <name>waymark::ui::FunnelTableModel</name>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
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
        <translation>Double-cliquez pour lister les utilisateurs qui ont atteint cette étape</translation>
    </message>
    <message>
        <source>Double-click to list the users who dropped off before this step</source>
        <translation>Double-cliquez pour lister les utilisateurs qui ont abandonné avant cette étape</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Depuis la précédente</translation>
    </message>
    <message>
        <source>From first</source>
        <translation>Depuis la première</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <source>95% CI (from first)</source>
        <translation>IC à 95&#xa0;% (depuis la première)</translation>
    </message>
    <message>
        <source>Median time</source>
        <translation>Temps médian</translation>
    </message>
</context>
<context>
    <name>waymark::ui::FunnelsPage</name>
    <message>
        <source>Funnel summary</source>
        <translation>Résumé de l’entonnoir</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>Step of the time to convert</source>
        <translation>Étape pour le temps de conversion</translation>
    </message>
    <message>
        <source>Time to reach</source>
        <translation>Temps pour atteindre</translation>
    </message>
    <message>
        <source>Time to convert</source>
        <translation>Temps de conversion</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>Trend interval</source>
        <translation>Intervalle de la tendance</translation>
    </message>
    <message>
        <source>Recent buckets can look low: their users have not had the whole window yet.</source>
        <translation>Les périodes récentes peuvent sembler basses&#xa0;: leurs utilisateurs n’ont pas encore disposé de toute la fenêtre.</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Funnel steps</source>
        <translation>Étapes de l’entonnoir</translation>
    </message>
    <message>
        <source>Double-click a count or a drop-off to list those users in the session list</source>
        <translation>Double-cliquez sur un nombre ou un abandon pour lister ces utilisateurs dans la liste des sessions</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Save the chart of the current tab as an image or document</source>
        <translation>Enregistrer le graphique de l’onglet actuel sous forme d’image ou de document</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>Image PNG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing…</source>
        <translation>Dessin SVG…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document…</source>
        <translation>Document PDF…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Save the table as CSV (Ctrl+Shift+C copies it)</source>
        <translation>Enregistrer le tableau au format CSV (Ctrl+Maj+C le copie)</translation>
    </message>
    <message>
        <source>Copy table as CSV</source>
        <translation>Copier le tableau en CSV</translation>
    </message>
    <message>
        <source>The funnel could not be saved: %1</source>
        <translation>Impossible d’enregistrer l’entonnoir&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 sessions entered; %3 converted (%4 of those who entered)</source>
        <translation>Sessions entrées&#xa0;: %1 sur %2&#xa0;; converties&#xa0;: %3 (%4 des sessions entrées)</translation>
    </message>
    <message>
        <source>%1 of %2 users entered; %3 converted (%4 of those who entered)</source>
        <translation>Utilisateurs entrés&#xa0;: %1 sur %2&#xa0;; convertis&#xa0;: %3 (%4 des utilisateurs entrés)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The funnel could not be computed: %1</source>
        <translation>Impossible de calculer l’entonnoir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dropped off before step %1 (%2)</source>
        <translation>Abandon avant l’étape %1 (%2)</translation>
    </message>
    <message>
        <source>Reached step %1 (%2)</source>
        <translation>Étape %1 atteinte (%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>all groups (event-property groups are not listed apart)</source>
        <translation>tous les groupes (les groupes par propriété d’événement ne sont pas listés séparément)</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) listed in the session list</source>
        <translation>
            <numerusform>%Ln unité listée dans la liste des sessions</numerusform>
            <numerusform>%Ln unités listées dans la liste des sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>funnel.%1</source>
        <translation>entonnoir.%1</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Graphique enregistré dans %1</translation>
    </message>
    <message>
        <source>Funnel table copied as CSV</source>
        <translation>Tableau de l’entonnoir copié en CSV</translation>
    </message>
    <message>
        <source>Save CSV</source>
        <translation>Enregistrer en CSV</translation>
    </message>
    <message>
        <source>funnel.csv</source>
        <translation>entonnoir.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Funnels</source>
        <translation>Entonnoirs</translation>
    </message>
    <message>
        <source>Conversion through a sequence of steps, drop-off, time to convert and segment differences</source>
        <translation>Conversion au fil d’une suite d’étapes, abandons, temps de conversion et écarts entre segments</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ImportFilesPage</name>
    <message>
        <source>Choose files</source>
        <translation>Choisir les fichiers</translation>
    </message>
    <message>
        <source>Event exports (CSV, JSON, Mixpanel, Amplitude, Segment, PostHog, GA4, Heap, XES), support tickets, feedback, CRM accounts or release notes. .gz and .zip files are read directly.</source>
        <translation>Exports d’événements (CSV, JSON, Mixpanel, Amplitude, Segment, PostHog, GA4, Heap, XES), tickets de support, retours clients, comptes CRM ou notes de version. Les fichiers .gz et .zip sont lus directement.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Choose export files to import</source>
        <translation>Choisir les fichiers d’export à importer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected files from the list</source>
        <translation>Retirer les fichiers sélectionnés de la liste</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Exports (*.csv *.tsv *.txt *.json *.jsonl *.ndjson *.xes *.gz *.zip);;All files (*)</source>
        <translation>Exports (*.csv *.tsv *.txt *.json *.jsonl *.ndjson *.xes *.gz *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1  (%2 KB)</source>
        <translation>%1  (%2 Ko)</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ImportMappingPage</name>
    <message>
        <source>Check the preview and the columns</source>
        <translation>Vérifier l’aperçu et les colonnes</translation>
    </message>
    <message>
        <source>The first 50 rows of each file. Columns in bold are used as user, event, time or session; every other column is kept as an event property.</source>
        <translation>Les 50 premières lignes de chaque fichier. Les colonnes en gras servent d’utilisateur, d’événement, d’horodatage ou de session&#xa0;; toutes les autres colonnes sont conservées comme propriétés d’événement.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>The file whose preview is shown</source>
        <translation>Le fichier dont l’aperçu est affiché</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The detected format; choose another one if detection got it wrong</source>
        <translation>Le format détecté&#xa0;; choisissez-en un autre si la détection s’est trompée</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Détection automatique</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>The column holding the %1</source>
        <translation>La colonne contenant le champ «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>How to read timestamps without an offset (wall-clock times)</source>
        <translation>Comment interpréter les horodatages sans décalage horaire (heures locales)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Session gap</source>
        <translation>Délai de session</translation>
    </message>
    <message>
        <source>A new session starts after this much inactivity, unless the export has its own session column</source>
        <translation>Une nouvelle session commence après cette durée d’inactivité, sauf si l’export a sa propre colonne de session</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Session gap:</source>
        <translation>Délai de session&#xa0;:</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Detect automatically (%1)</source>
        <translation>Détection automatique (%1)</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>Impossible de lire ce fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The format was not recognised; choose it above.</source>
        <translation>Le format n’a pas été reconnu&#xa0;; choisissez-le ci-dessus.</translation>
    </message>
    <message>
        <source>Choose the columns: %1</source>
        <translation>Choisissez les colonnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · about %2 rows · %3</source>
        <translation>%1 · environ %2 lignes · %3</translation>
    </message>
    <message>
        <source>columns can be changed above</source>
        <translation>les colonnes peuvent être modifiées ci-dessus</translation>
    </message>
    <message>
        <source>the format defines its own fields</source>
        <translation>le format définit ses propres champs</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ImportRunPage</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Annuler l’import</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>The import runs in the background; you can keep working in the main window. Cancelling leaves the project as it was before the file in progress.</source>
        <translation>L’import s’exécute en arrière-plan&#xa0;; vous pouvez continuer à travailler dans la fenêtre principale. En cas d’annulation, le projet reste tel qu’il était avant le fichier en cours.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’import</translation>
    </message>
    <message>
        <source>Import speed</source>
        <translation>Vitesse d’import</translation>
    </message>
    <message>
        <source>Stop the import and roll back the file in progress (Esc)</source>
        <translation>Arrêter l’import et annuler les modifications du fichier en cours (Échap)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s) into %1…</source>
        <translation>
            <numerusform>Import de %Ln fichier dans %1…</numerusform>
            <numerusform>Import de %Ln fichiers dans %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>L’import a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>≈ %1 rows/s · about %2 left</source>
        <translation>≈ %1 lignes/s · encore environ %2</translation>
    </message>
    <message>
        <source>Cancelling… the file in progress is being rolled back.</source>
        <translation>Annulation… les modifications du fichier en cours sont annulées.</translation>
    </message>
    <message>
        <source>Import cancelled. The project is unchanged by the file that was in progress.</source>
        <translation>Import annulé. Le fichier qui était en cours n’a pas modifié le projet.</translation>
    </message>
    <message>
        <source>All rows read. Settling identities, duplicates and sessions…</source>
        <translation>Toutes les lignes sont lues. Rapprochement des identités, des doublons et des sessions…</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ImportSummaryPage</name>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>&amp;Export Rejected Rows…</source>
        <translation>&amp;Exporter les lignes rejetées…</translation>
    </message>
    <message>
        <source>Save the rejected rows with line and reason as a CSV file</source>
        <translation>Enregistrer les lignes rejetées, avec leur numéro de ligne et le motif, dans un fichier CSV</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2): %3 rows read, %4 imported, %5 rejected, %6 duplicates skipped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2)&#xa0;: lignes lues&#xa0;: %3, importées&#xa0;: %4, rejetées&#xa0;: %5, doublons ignorés&#xa0;: %6.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: cancelled, nothing imported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&#xa0;: annulé, rien n’a été importé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: failed, nothing imported. %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&#xa0;: échec, rien n’a été importé. %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Only the first %1 rejected rows of %2 are listed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seules les %1 premières lignes rejetées de %2 sont listées.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export Rejected Rows</source>
        <translation>Exporter les lignes rejetées</translation>
    </message>
    <message>
        <source>rejected-rows.csv</source>
        <translation>lignes-rejetees.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ImportWizard</name>
    <message>
        <source>Import Data</source>
        <translation>Importer des données</translation>
    </message>
</context>
<context>
    <name>waymark::ui::JourneyData</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>(end)</source>
        <translation>(fin)</translation>
    </message>
    <message>
        <source>Journey map, steps %1–%2: %3 → %4</source>
        <translation>Carte du parcours, étapes %1–%2&#xa0;: %3 → %4</translation>
    </message>
    <message>
        <source>Journey map, step %1: %2</source>
        <translation>Carte du parcours, étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (segment %2)</source>
        <translation>%1 (segment %2)</translation>
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
        <translation>Fusionner les répétitions</translation>
    </message>
    <message>
        <source>Happy path</source>
        <translation>Chemin principal</translation>
    </message>
    <message>
        <source>Starting at</source>
        <translation>Partant de</translation>
    </message>
    <message>
        <source>Ending at</source>
        <translation>Aboutissant à</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Entre</translation>
    </message>
    <message>
        <source>Follow paths forward from the start event, backward from the end event, or between the two</source>
        <translation>Suivre les chemins vers l’avant depuis l’événement de départ, vers l’arrière depuis l’événement d’arrivée, ou entre les deux</translation>
    </message>
    <message>
        <source>Start event: each path begins at a unit&apos;s first occurrence of it</source>
        <translation>Événement de départ&#xa0;: chaque chemin commence à la première occurrence de cet événement pour une unité</translation>
    </message>
    <message>
        <source>End event: paths lead up to a unit&apos;s last occurrence of it</source>
        <translation>Événement d’arrivée&#xa0;: les chemins mènent jusqu’à la dernière occurrence de cet événement pour une unité</translation>
    </message>
    <message>
        <source>Steps: </source>
        <translation>Étapes&#xa0;: </translation>
    </message>
    <message>
        <source>Top events: </source>
        <translation>Événements principaux&#xa0;: </translation>
    </message>
    <message>
        <source>Top events: all</source>
        <translation>Événements principaux&#xa0;: tous</translation>
    </message>
    <message>
        <source>Events kept per step; the rest are folded into Other</source>
        <translation>Événements conservés par étape&#xa0;; les autres sont regroupés dans «&#xa0;Autres&#xa0;»</translation>
    </message>
    <message>
        <source>Compare segments</source>
        <translation>Comparer des segments</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Emphasise the most travelled path from the first step</source>
        <translation>Mettre en évidence le chemin le plus emprunté depuis la première étape</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the journey map as PNG, SVG or PDF (Ctrl+E)</source>
        <translation>Enregistrer la carte du parcours en PNG, SVG ou PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>Excluded events (%1)</source>
        <translation>Événements exclus (%1)</translation>
    </message>
    <message>
        <source>Comparing %1 segments</source>
        <translation>Comparaison de %1 segments</translation>
    </message>
    <message>
        <source>The journey map could not be computed: %1</source>
        <translation>Impossible de calculer la carte du parcours&#xa0;: %1</translation>
    </message>
    <message>
        <source>No events under the current filter.</source>
        <translation>Aucun événement avec le filtre actuel.</translation>
    </message>
    <message>
        <source>Segments side by side at one scale, so equal heights mean equal numbers; click a node or band to list its units.</source>
        <translation>Segments côte à côte à la même échelle&#xa0;: des hauteurs égales signifient des effectifs égaux&#xa0;; cliquez sur un nœud ou une bande pour en lister les unités.</translation>
    </message>
    <message>
        <source>%1 of %2 with events take part (%3). Click a node or band to list them; right-click for options.</source>
        <translation>%1 sur %2 ayant des événements y figurent (%3). Cliquez sur un nœud ou une bande pour les lister&#xa0;; clic droit pour les options.</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>événement %1</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Carte du parcours</translation>
    </message>
    <message>
        <source>Step paths from a start event as a Sankey diagram</source>
        <translation>Chemins étape par étape depuis un événement de départ, en diagramme de Sankey</translation>
    </message>
    <message>
        <source>Journey map from %1</source>
        <translation>Carte du parcours depuis %1</translation>
    </message>
    <message>
        <source>Journey map up to %1</source>
        <translation>Carte du parcours jusqu’à %1</translation>
    </message>
    <message>
        <source>Journey map from %1 to %2</source>
        <translation>Carte du parcours de %1 à %2</translation>
    </message>
    <message>
        <source>%1 · %2 steps · %3</source>
        <translation>%1 · %2 étapes · %3</translation>
    </message>
    <message>
        <source>Export journey map</source>
        <translation>Exporter la carte du parcours</translation>
    </message>
    <message>
        <source>journey-map.png</source>
        <translation>carte-du-parcours.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Journey map saved to %1</source>
        <translation>Carte du parcours enregistrée dans %1</translation>
    </message>
    <message>
        <source>No saved segments yet</source>
        <translation>Aucun segment enregistré pour l’instant</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Arrêter la comparaison</translation>
    </message>
    <message>
        <source>Include %1 again</source>
        <translation>Inclure de nouveau %1</translation>
    </message>
    <message>
        <source>Include all</source>
        <translation>Tout inclure</translation>
    </message>
    <message>
        <source>List these sessions</source>
        <translation>Lister ces sessions</translation>
    </message>
    <message>
        <source>List these users</source>
        <translation>Lister ces utilisateurs</translation>
    </message>
    <message>
        <source>Set as start event</source>
        <translation>Définir comme événement de départ</translation>
    </message>
    <message>
        <source>Set as end event</source>
        <translation>Définir comme événement d’arrivée</translation>
    </message>
    <message>
        <source>Exclude this event</source>
        <translation>Exclure cet événement</translation>
    </message>
    <message>
        <source>Expand Other</source>
        <translation>Développer «&#xa0;Autres&#xa0;»</translation>
    </message>
</context>
<context>
    <name>waymark::ui::LabelCommandText</name>
    <message>
        <source>Clear tag of session %1</source>
        <translation>la suppression de l’étiquette de la session %1</translation>
    </message>
    <message>
        <source>Tag session %1 %2</source>
        <translation>l’étiquetage de la session %1 comme %2</translation>
    </message>
    <message>
        <source>Edit note of session %1</source>
        <translation>la modification de la note de la session %1</translation>
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
        <translation>Vues</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>%1 — Waymark</source>
        <translation>%1 — Waymark</translation>
    </message>
    <message>
        <source>Clear Recent Projects</source>
        <translation>Effacer les projets récents</translation>
    </message>
</context>
<context>
    <name>waymark::ui::OverviewPage</name>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Time span</source>
        <translation>Période couverte</translation>
    </message>
    <message>
        <source>Tickets and feedback</source>
        <translation>Tickets et retours</translation>
    </message>
    <message>
        <source>Top events</source>
        <translation>Événements les plus fréquents</translation>
    </message>
    <message>
        <source>The most common events under the current filter; the bar shows the share of users or sessions</source>
        <translation>Les événements les plus fréquents avec le filtre actuel&#xa0;; la barre indique la part des utilisateurs ou des sessions</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Every imported file with its row counts</source>
        <translation>Chaque fichier importé avec ses nombres de lignes</translation>
    </message>
    <message>
        <source>Data-quality warnings</source>
        <translation>Avertissements sur la qualité des données</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <source>The overview could not be computed: %1</source>
        <translation>Impossible de calculer la vue d’ensemble&#xa0;: %1</translation>
    </message>
    <message>
        <source>of %1 in the project</source>
        <translation>sur %1 dans le projet</translation>
    </message>
    <message numerus="yes">
        <source>%n event type(s)</source>
        <translation>
            <numerusform>%Ln type d’événement</numerusform>
            <numerusform>%Ln types d’événements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 events per user</source>
        <translation>%1 événements par utilisateur</translation>
    </message>
    <message numerus="yes">
        <source>%n tagged by researchers</source>
        <translation>
            <numerusform>%Ln étiquetée par les chercheurs</numerusform>
            <numerusform>%Ln étiquetées par les chercheurs</numerusform>
        </translation>
    </message>
    <message>
        <source>none tagged yet</source>
        <translation>aucune étiquetée pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>no events</source>
        <translation>aucun événement</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 accounts, %2 releases</source>
        <translation>%1 comptes, %2 versions</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème détecté.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Events, users, sessions, top events, sources and data quality</source>
        <translation>Événements, utilisateurs, sessions, événements les plus fréquents, sources et qualité des données</translation>
    </message>
</context>
<context>
    <name>waymark::ui::Page</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>waymark::ui::PreviewModel</name>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>device</source>
        <translation>appareil</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>time</source>
        <translation>horodatage</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>dedup id</source>
        <translation>ID de dédoublonnage</translation>
    </message>
    <message>
        <source>Kept as an event property</source>
        <translation>Conservée comme propriété d’événement</translation>
    </message>
    <message>
        <source>Used as the %1 column</source>
        <translation>Utilisée comme colonne «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ProcessPage</name>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Select a variant to light its path on the map; Esc shows all again</source>
        <translation>Sélectionnez une variante pour mettre en évidence son chemin sur la carte&#xa0;; Échap réaffiche tout</translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation>Ajuster à la vue</translation>
    </message>
    <message>
        <source>Show all paths</source>
        <translation>Afficher tous les chemins</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>Ac&amp;tivités</translation>
    </message>
    <message>
        <source>Share of the activities shown, most frequent first; hidden ones are taken out of the cases</source>
        <translation>Part des activités affichées, des plus fréquentes aux moins fréquentes&#xa0;; les activités masquées sont retirées des cas</translation>
    </message>
    <message>
        <source>&amp;Paths</source>
        <translation>C&amp;hemins</translation>
    </message>
    <message>
        <source>Share of the paths (edges) shown, most transitions first; every shown activity stays connected</source>
        <translation>Part des chemins (arêtes) affichés, ceux qui ont le plus de transitions d’abord&#xa0;; chaque activité affichée reste reliée</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Frequency: counts on the edges. Performance: edges coloured and labelled by the median time between events</source>
        <translation>Fréquence&#xa0;: nombres sur les arêtes. Performance&#xa0;: arêtes colorées et étiquetées selon le temps médian entre les événements</translation>
    </message>
    <message>
        <source>Map mode</source>
        <translation>Mode de la carte</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the map to the view (Ctrl+0); Ctrl+wheel zooms, dragging pans</source>
        <translation>Ajuster la carte à la vue (Ctrl+0)&#xa0;; Ctrl+molette pour zoomer, glisser pour se déplacer</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the map as PNG, SVG or PDF</source>
        <translation>Enregistrer la carte en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>The process map could not be computed: %1</source>
        <translation>Impossible de calculer la carte des processus&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 distinct variants over %2 cases; the top %3 listed</source>
        <translation>%1 variantes distinctes sur %2 cas&#xa0;; les %3 premières sont listées</translation>
    </message>
    <message>
        <source>The variants could not be computed: %1</source>
        <translation>Impossible de calculer les variantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sessions</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 utilisateurs</translation>
    </message>
    <message>
        <source>%1 of %2 activities, %3 of %4 paths shown; %5, %6 transitions</source>
        <translation>%1 activités sur %2 et %3 chemins sur %4 affichés&#xa0;; %5, %6 transitions</translation>
    </message>
    <message>
        <source>Export process map</source>
        <translation>Exporter la carte des processus</translation>
    </message>
    <message>
        <source>process-map.png</source>
        <translation>carte-des-processus.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Process map saved to %1</source>
        <translation>Carte des processus enregistrée dans %1</translation>
    </message>
    <message>
        <source>Process map</source>
        <translation>Carte des processus</translation>
    </message>
    <message>
        <source>The directly-follows graph of events, with variants and times between steps</source>
        <translation>Le graphe des successions directes entre événements, avec les variantes et les temps entre les étapes</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ProcessPaint</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Median time between events</source>
        <translation>Temps médian entre les événements</translation>
    </message>
    <message>
        <source>fast</source>
        <translation>rapide</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>lent</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ProcessText</name>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1 min %2</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1 j %2 h</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ProcessView</name>
    <message>
        <source>Process map</source>
        <translation>Carte des processus</translation>
    </message>
    <message>
        <source>No events under the current filter.</source>
        <translation>Aucun événement avec le filtre actuel.</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sessions</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 utilisateurs</translation>
    </message>
    <message>
        <source>%1
%2 events, %3</source>
        <translation>%1
%2 événements, %3</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ProjectContext</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>waymark::ui::ProjectController</name>
    <message>
        <source>Waymark projects (*.waymark)</source>
        <translation>Projets Waymark (*.waymark)</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>journeys.waymark</source>
        <translation>parcours.waymark</translation>
    </message>
    <message>
        <source>Could not replace %1</source>
        <translation>Impossible de remplacer %1</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Generating the demo project…</source>
        <translation>Génération du projet de démonstration…</translation>
    </message>
    <message>
        <source>The demo project could not be created: %1</source>
        <translation>Impossible de créer le projet de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Imported data goes into a project. Choose where to create it.</source>
        <translation>Les données importées sont placées dans un projet. Choisissez où le créer.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::QualityText</name>
    <message>
        <source>%1 rows were rejected at import (%2 of the rows read); the import summary lists line and reason.</source>
        <translation>%1 lignes ont été rejetées à l’import (%2 des lignes lues)&#xa0;; le résumé de l’import indique la ligne et le motif.</translation>
    </message>
    <message>
        <source>%1 duplicate rows were skipped (%2 of the rows read).</source>
        <translation>%1 lignes en double ont été ignorées (%2 des lignes lues).</translation>
    </message>
    <message>
        <source>%1 people (%2) were only ever seen anonymously, without a user id.</source>
        <translation>%1 personnes (%2) n’ont jamais été vues qu’anonymement, sans identifiant utilisateur.</translation>
    </message>
    <message>
        <source>%1 sessions (%2) have a single event; check the session gap or the session column.</source>
        <translation>%1 sessions (%2) ne comptent qu’un seul événement&#xa0;; vérifiez le délai de session ou la colonne de session.</translation>
    </message>
    <message>
        <source>%1 events have a time in the future; check the time column and its time zone.</source>
        <translation>%1 événements sont datés dans le futur&#xa0;; vérifiez la colonne d’horodatage et son fuseau horaire.</translation>
    </message>
    <message>
        <source>%1 support tickets (%2) could not be linked to a user.</source>
        <translation>%1 tickets de support (%2) n’ont pas pu être associés à un utilisateur.</translation>
    </message>
    <message>
        <source>%1 feedback responses (%2) could not be linked to a user.</source>
        <translation>%1 retours clients (%2) n’ont pas pu être associés à un utilisateur.</translation>
    </message>
    <message>
        <source>%1 event types occur fewer than five times (for example “%2”): possible typos or test events.</source>
        <translation>%1 types d’événements apparaissent moins de cinq fois (par exemple «&#xa0;%2&#xa0;»)&#xa0;: fautes de frappe ou événements de test possibles.</translation>
    </message>
    <message>
        <source>%1 days without any event inside the time span (first: %2): a tracking outage or a missing export?</source>
        <translation>%1 jours sans aucun événement dans la période couverte (premier&#xa0;: %2)&#xa0;: une panne du suivi ou un export manquant&#xa0;?</translation>
    </message>
    <message>
        <source>No journey stages are defined yet, so events are not grouped into stages.</source>
        <translation>Aucune phase du parcours n’est encore définie&#xa0;: les événements ne sont donc pas regroupés par phase.</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SankeyExport</name>
    <message>
        <source>There is no journey map to export.</source>
        <translation>Il n’y a aucune carte du parcours à exporter.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Journey map exported by Waymark</source>
        <translation>Carte du parcours exportée par Waymark</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SankeyText</name>
    <message>
        <source>1 session</source>
        <translation>1 session</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>1 utilisateur</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sessions</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 utilisateurs</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Step %1: %2, %3 of the step</source>
        <translation>Étape %1&#xa0;: %2, %3 de l’étape</translation>
    </message>
    <message>
        <source>Their path ends here (no further event)</source>
        <translation>Leur chemin s’arrête ici (aucun événement ensuite)</translation>
    </message>
    <message>
        <source>%1 go on to step %2</source>
        <translation>%1 passent à l’étape %2</translation>
    </message>
    <message>
        <source>Time from the previous step: %1 (median)</source>
        <translation>Temps depuis l’étape précédente&#xa0;: %1 (médiane)</translation>
    </message>
    <message>
        <source>Click to list them; right-click for more</source>
        <translation>Cliquez pour les lister&#xa0;; clic droit pour plus d’options</translation>
    </message>
    <message>
        <source>Steps %1 → %2: %3</source>
        <translation>Étapes %1 → %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 of step %2</source>
        <translation>%1 de l’étape %2</translation>
    </message>
    <message>
        <source>Median time between them: %1</source>
        <translation>Temps médian entre les deux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Click to list them</source>
        <translation>Cliquez pour les lister</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SankeyView</name>
    <message>
        <source>Journey map</source>
        <translation>Carte du parcours</translation>
    </message>
    <message>
        <source>No paths under the current filter</source>
        <translation>Aucun chemin avec le filtre actuel</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SegmentEditor</name>
    <message>
        <source>Save as segment:</source>
        <translation>Enregistrer comme segment&#xa0;:</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Match all rules (AND)</source>
        <translation>vérifient toutes les règles (ET)</translation>
    </message>
    <message>
        <source>Match any rule (OR)</source>
        <translation>vérifient au moins une règle (OU)</translation>
    </message>
    <message>
        <source>Combine rules</source>
        <translation>Combinaison des règles</translation>
    </message>
    <message>
        <source>Keep events that</source>
        <translation>Garder les événements qui</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Add a property rule</source>
        <translation>Ajouter une règle sur une propriété</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Nom du segment</translation>
    </message>
    <message>
        <source>Several values are separated by “|”. Event rules test each event, user rules the person.</source>
        <translation>Séparez plusieurs valeurs par «&#xa0;|&#xa0;». Les règles d’événement testent chaque événement, les règles d’utilisateur testent la personne.</translation>
    </message>
    <message>
        <source>Event property</source>
        <translation>Propriété d’événement</translation>
    </message>
    <message>
        <source>User property</source>
        <translation>Propriété d’utilisateur</translation>
    </message>
    <message>
        <source>In saved segment</source>
        <translation>Dans le segment enregistré</translation>
    </message>
    <message>
        <source>Rule kind</source>
        <translation>Type de règle</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>n’est pas</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>ne contient pas</translation>
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
        <translation>existe</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n’existe pas</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>value|value</source>
        <translation>valeur|valeur</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>Supprimer cette règle</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Supprimer la règle</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SegmentLibraryText</name>
    <message>
        <source>Could not save the segment “%1”: %2</source>
        <translation>Impossible d’enregistrer le segment «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SessionTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>négative</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Prédiction</translation>
    </message>
    <message>
        <source>Predicted (no model)</source>
        <translation>Prédiction (aucun modèle)</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SessionTimelineView</name>
    <message>
        <source>Tickets and feedback</source>
        <translation>Tickets et retours</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Session events</source>
        <translation>Événements de la session</translation>
    </message>
    <message>
        <source>Linked tickets and feedback</source>
        <translation>Tickets et retours associés</translation>
    </message>
    <message>
        <source>Tickets and feedback of this user from two days before to two days after the session</source>
        <translation>Tickets et retours de cet utilisateur, de deux jours avant à deux jours après la session</translation>
    </message>
    <message>
        <source>Select a session to see its events.</source>
        <translation>Sélectionnez une session pour voir ses événements.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · session %2 · %3 · %4 · %n event(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · session %2 · %3 · %4 · %Ln événement</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · session %2 · %3 · %4 · %Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <source>during</source>
        <translation>pendant</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Tickets and feedback: none near this session</source>
        <translation>Tickets et retours&#xa0;: aucun à proximité de cette session</translation>
    </message>
    <message>
        <source>Tickets and feedback (%1)</source>
        <translation>Tickets et retours (%1)</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SessionsPage</name>
    <message>
        <source>Session count</source>
        <translation>Nombre de sessions</translation>
    </message>
    <message>
        <source>Show all sessions</source>
        <translation>Afficher toutes les sessions</translation>
    </message>
    <message>
        <source>Leave the drill-down and list every session again</source>
        <translation>Quitter l’exploration détaillée et lister de nouveau toutes les sessions</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>1 positive, 2 negative, 3 neutral, 0 clear; the tag is saved at once</source>
        <translation>1 positive, 2 négative, 3 neutre, 0 effacer&#xa0;; l’étiquette est enregistrée immédiatement</translation>
    </message>
    <message>
        <source>Tag positive</source>
        <translation>Étiqueter comme positive</translation>
    </message>
    <message>
        <source>Tag negative</source>
        <translation>Étiqueter comme négative</translation>
    </message>
    <message>
        <source>Tag neutral</source>
        <translation>Étiqueter comme neutre</translation>
    </message>
    <message>
        <source>Clear tag</source>
        <translation>Effacer l’étiquette</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Applying the segment…</source>
        <translation>Application du segment…</translation>
    </message>
    <message>
        <source>The segment could not be applied: %1</source>
        <translation>Impossible d’appliquer le segment&#xa0;: %1</translation>
    </message>
    <message>
        <source>Counting sessions…</source>
        <translation>Comptage des sessions…</translation>
    </message>
    <message>
        <source>%1+ sessions</source>
        <translation>%1+ sessions</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the sessions of a selection</source>
        <translation>Sessions d’une sélection</translation>
    </message>
    <message>
        <source>Loading session %1…</source>
        <translation>Chargement de la session %1…</translation>
    </message>
    <message>
        <source>Every session with its events; tag sessions positive, negative or neutral</source>
        <translation>Toutes les sessions avec leurs événements&#xa0;; étiquetez les sessions comme positives, négatives ou neutres</translation>
    </message>
</context>
<context>
    <name>waymark::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language of the user interface; applies after a restart</source>
        <translation>La langue de l’interface&#xa0;; prise en compte après un redémarrage</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Waymark uses the new language the next time it starts.</source>
        <translation>Waymark utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>What new projects count by default</source>
        <translation>Ce que les nouveaux projets comptent par défaut</translation>
    </message>
    <message>
        <source>Default &amp;unit:</source>
        <translation>&amp;Unité par défaut&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Inactivity that starts a new session when an export has no session column</source>
        <translation>Durée d’inactivité après laquelle une nouvelle session commence, lorsqu’un export n’a pas de colonne de session</translation>
    </message>
    <message>
        <source>Session &amp;gap:</source>
        <translation>&amp;Délai de session&#xa0;:</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Time zone of timestamps that carry no offset</source>
        <translation>Fuseau horaire des horodatages sans décalage horaire</translation>
    </message>
    <message>
        <source>Import &amp;time zone:</source>
        <translation>&amp;Fuseau horaire d’import&#xa0;:</translation>
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
        <translation>Des cartes du parcours client fondées sur des faits, à partir des données de votre propre produit. Créez un projet, puis importez des exports de Mixpanel, Amplitude, Segment, PostHog, GA4, Heap, CSV ou JSON, ainsi que des tickets et des retours clients — ou déposez les fichiers sur cette fenêtre.</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
</context>
<context>
    <name>waymark::ui::StatusBar</name>
    <message>
        <source>Project summary</source>
        <translation>Résumé du projet</translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation>Filtre actif</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · counting…</source>
        <translation>%1 · comptage…</translation>
    </message>
    <message>
        <source>%1 · %2 events · %3 users · %4 sessions</source>
        <translation>%1 · %2 événements · %3 utilisateurs · %4 sessions</translation>
    </message>
</context>
<context>
    <name>waymark::ui::TagBar</name>
    <message>
        <source>Tag:</source>
        <translation>Étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positive</translation>
    </message>
    <message>
        <source>Tag the session positive (1)</source>
        <translation>Étiqueter la session comme positive (1)</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négative</translation>
    </message>
    <message>
        <source>Tag the session negative (2)</source>
        <translation>Étiqueter la session comme négative (2)</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Tag the session neutral (3)</source>
        <translation>Étiqueter la session comme neutre (3)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove the tag (0)</source>
        <translation>Retirer l’étiquette (0)</translation>
    </message>
    <message>
        <source>Note (Enter saves)</source>
        <translation>Note (Entrée pour enregistrer)</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Note de la session</translation>
    </message>
    <message>
        <source>A note on this session, saved in the project when you press Enter; a note alone tags the session neutral</source>
        <translation>Une note sur cette session, enregistrée dans le projet lorsque vous appuyez sur Entrée&#xa0;; une note seule étiquette la session comme neutre</translation>
    </message>
    <message>
        <source>currently &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>actuellement &lt;b&gt;%1&lt;/b&gt;</translation>
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
        <translation>%1 j</translation>
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
        <translation>Temps de conversion</translation>
    </message>
    <message>
        <source>Nobody reached this step</source>
        <translation>Personne n’a atteint cette étape</translation>
    </message>
    <message>
        <source>Time from the previous step</source>
        <translation>Temps depuis l’étape précédente</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>%1: median %2, mean %3, 90th percentile %4</source>
        <translation>%1&#xa0;: médiane %2, moyenne %3, 90e centile %4</translation>
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
        <translation>%1&#xa0;%2</translation>
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
%Ln événement</numerusform>
            <numerusform>%1
%Ln événements</numerusform>
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
        <translation>Cas</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
</context>
</TS>
