<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>waymark::ui::FunnelsPage</name>
    <message numerus="yes">
        <source>%n unit(s) listed in the session list</source>
        <translation>
            <numerusform>%Ln unit listed in the session list</numerusform>
            <numerusform>%Ln units listed in the session list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::ui::ImportRunPage</name>
    <message numerus="yes">
        <source>Importing %n file(s) into %1…</source>
        <translation>
            <numerusform>Importing %Ln file into %1…</numerusform>
            <numerusform>Importing %Ln files into %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::ui::OverviewPage</name>
    <message numerus="yes">
        <source>%n event type(s)</source>
        <translation>
            <numerusform>%Ln event type</numerusform>
            <numerusform>%Ln event types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tagged by researchers</source>
        <translation>
            <numerusform>%Ln tagged by researchers</numerusform>
            <numerusform>%Ln tagged by researchers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::ui::SessionTimelineView</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · session %2 · %3 · %4 · %n event(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · session %2 · %3 · %4 · %Ln event</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · session %2 · %3 · %4 · %Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::ui::SessionsPage</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>waymark::ui::VariantsModel</name>
    <message numerus="yes">
        <source>%1
%n event(s)</source>
        <translation>
            <numerusform>%1
%Ln event</numerusform>
            <numerusform>%1
%Ln events</numerusform>
        </translation>
    </message>
</context>
</TS>
