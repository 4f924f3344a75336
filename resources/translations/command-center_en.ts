<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>TableCardItem</name>
    <message numerus="yes">
        <source>+%n more column(s)</source>
        <translation>
            <numerusform>+%n more column</numerusform>
            <numerusform>+%n more columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::DependentsTab</name>
    <message numerus="yes">
        <source>Analysing %n table(s)…</source>
        <translation>
            <numerusform>Analysing %n table…</numerusform>
            <numerusform>Analysing %n tables…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) in the graph</source>
        <translation>
            <numerusform>%n table in the graph</numerusform>
            <numerusform>%n tables in the graph</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cc::ui::SchemaGraphView</name>
    <message numerus="yes">
        <source>Laying out %n table(s)…</source>
        <translation>
            <numerusform>Laying out %n table…</numerusform>
            <numerusform>Laying out %n tables…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
</context>
</TS>
