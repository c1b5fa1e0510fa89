<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name />
    <message numerus="yes">
        <location filename="../../ui/scene.py" line="118" />
        <location filename="../../ui/scene.py" line="121" />
        <location filename="../../ui/scene.py" line="134" />
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/scene.py" line="121" />
        <location filename="../../ui/scene.py" line="123" />
        <location filename="../../ui/scene.py" line="133" />
        <source>%n h</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/scene.py" line="123" />
        <location filename="../../ui/scene.py" line="131" />
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="198" />
        <source>to be confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="200" />
        <source>by video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="216" />
        <source>Day %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="270" />
        <location filename="../../ui/scene.py" line="275" />
        <source>Moderator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="330" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="343" />
        <location filename="../../ui/scene.py" line="574" />
        <source>in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="351" />
        <location filename="../../ui/scene.py" line="552" />
        <source>until %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/scene.py" line="364" />
        <location filename="../../ui/scene.py" line="392" />
        <location filename="../../ui/scene.py" line="395" />
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="447" />
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="448" />
        <location filename="../../ui/scene.py" line="555" />
        <source>from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="484" />
        <source>started %1 ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="485" />
        <source>just started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="488" />
        <source>ends in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="499" />
        <location filename="../../ui/scene.py" line="517" />
        <source>Later today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="523" />
        <source>Last item of the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="524" />
        <source>Thank you for taking part in the %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="552" />
        <source>%1 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="571" />
        <source>Next at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="588" />
        <source>The meeting opens in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="594" />
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="597" />
        <location filename="../../ui/scene.py" line="622" />
        <source>with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="599" />
        <location filename="../../ui/scene.py" line="624" />
        <source>Day %1 at a glance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="614" />
        <source>Day %1 has ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="618" />
        <source>Day %1 starts %2 at %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="640" />
        <source>Thank you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="643" />
        <source>%1 has ended.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>