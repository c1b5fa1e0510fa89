<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name />
    <message numerus="yes">
        <location filename="../../ui/scene.py" line="116" />
        <location filename="../../ui/scene.py" line="119" />
        <location filename="../../ui/scene.py" line="132" />
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/scene.py" line="119" />
        <location filename="../../ui/scene.py" line="121" />
        <location filename="../../ui/scene.py" line="131" />
        <source>%n h</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/scene.py" line="121" />
        <location filename="../../ui/scene.py" line="129" />
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/browser.py" line="53" />
        <source>Presenter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="209" />
        <source>video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="343" />
        <location filename="../../ui/scene.py" line="196" />
        <source>to be confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="345" />
        <location filename="../../ui/scene.py" line="198" />
        <source>by video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="378" />
        <source>Room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="393" />
        <source>Presenters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="409" />
        <source>On the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="456" />
        <location filename="../../ui/browser.py" line="631" />
        <source>Programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="475" />
        <location filename="../../ui/browser.py" line="640" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="501" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="519" />
        <source>Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="626" />
        <location filename="../../ui/browser.py" line="688" />
        <source>Tap an item to see everything about it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="214" />
        <source>Day %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="49" />
        <location filename="../../ui/browser.py" line="389" />
        <location filename="../../ui/browser.py" line="397" />
        <location filename="../../ui/scene.py" line="268" />
        <location filename="../../ui/scene.py" line="273" />
        <source>Moderator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="328" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="341" />
        <location filename="../../ui/scene.py" line="595" />
        <source>in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="349" />
        <location filename="../../ui/scene.py" line="562" />
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
        <location filename="../../ui/browser.py" line="197" />
        <location filename="../../ui/browser.py" line="372" />
        <location filename="../../ui/scene.py" line="457" />
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="428" />
        <source>Touch the screen to browse the full programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="458" />
        <location filename="../../ui/scene.py" line="565" />
        <source>from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="494" />
        <source>started %1 ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="495" />
        <source>just started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="498" />
        <source>ends in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="509" />
        <location filename="../../ui/scene.py" line="527" />
        <location filename="../../ui/scene.py" line="581" />
        <source>Later today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="533" />
        <source>Last item of the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="534" />
        <source>Thank you for taking part in the %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="562" />
        <source>%1 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="592" />
        <source>Next at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="606" />
        <source>The meeting opens in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="612" />
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="615" />
        <location filename="../../ui/scene.py" line="640" />
        <source>with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="617" />
        <location filename="../../ui/scene.py" line="642" />
        <source>Day %1 at a glance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="632" />
        <source>Day %1 has ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="636" />
        <source>Day %1 starts %2 at %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="658" />
        <source>Thank you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="661" />
        <source>%1 has ended.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/window.py" line="132" />
        <source>Returning to the display in %n s — touch anywhere to stay</source>
        <translation><numerusform>Returning to the display in %n s — touch anywhere to stay</numerusform><numerusform>Returning to the display in %n s — touch anywhere to stay</numerusform></translation>
    </message>
</context>
</TS>