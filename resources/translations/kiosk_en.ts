<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name />
    <message numerus="yes">
        <location filename="../../ui/scene.py" line="150" />
        <location filename="../../ui/scene.py" line="153" />
        <location filename="../../ui/scene.py" line="166" />
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/scene.py" line="153" />
        <location filename="../../ui/scene.py" line="155" />
        <location filename="../../ui/scene.py" line="165" />
        <source>%n h</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/scene.py" line="155" />
        <location filename="../../ui/scene.py" line="163" />
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/browser.py" line="58" />
        <source>Presenter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="227" />
        <source>video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="364" />
        <location filename="../../ui/scene.py" line="254" />
        <source>to be confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="366" />
        <location filename="../../ui/scene.py" line="256" />
        <source>by video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="403" />
        <source>Room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="418" />
        <source>Presenters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="434" />
        <source>On the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="482" />
        <location filename="../../ui/browser.py" line="608" />
        <location filename="../../ui/browser.py" line="762" />
        <source>Programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="504" />
        <location filename="../../ui/browser.py" line="605" />
        <location filename="../../ui/browser.py" line="608" />
        <location filename="../../ui/browser.py" line="771" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="538" />
        <location filename="../../ui/browser.py" line="607" />
        <location filename="../../ui/staff.py" line="174" />
        <location filename="../../ui/staff.py" line="192" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="556" />
        <location filename="../../ui/browser.py" line="606" />
        <source>Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="579" />
        <source>All rooms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="614" />
        <location filename="../../ui/browser.py" line="651" />
        <location filename="../../ui/browser.py" line="757" />
        <location filename="../../ui/browser.py" line="819" />
        <source>Tap an item to see everything about it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="272" />
        <source>Day %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="54" />
        <location filename="../../ui/browser.py" line="414" />
        <location filename="../../ui/browser.py" line="422" />
        <location filename="../../ui/scene.py" line="328" />
        <location filename="../../ui/scene.py" line="333" />
        <source>Moderator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="416" />
        <location filename="../../ui/scene.py" line="685" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="429" />
        <location filename="../../ui/scene.py" line="686" />
        <location filename="../../ui/scene.py" line="810" />
        <source>in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="441" />
        <location filename="../../ui/scene.py" line="759" />
        <source>until %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/scene.py" line="456" />
        <location filename="../../ui/scene.py" line="488" />
        <location filename="../../ui/scene.py" line="491" />
        <location filename="../../ui/scene.py" line="663" />
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/browser.py" line="211" />
        <location filename="../../ui/browser.py" line="392" />
        <location filename="../../ui/scene.py" line="617" />
        <location filename="../../ui/scene.py" line="676" />
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="173" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/scene.py" line="176" />
        <source>delayed %n min</source>
        <translation><numerusform>delayed %n min</numerusform><numerusform>delayed %n min</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="178" />
        <source>moved from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="527" />
        <source>Touch the screen to browse the full programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="565" />
        <source>Waiting for the correct time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="568" />
        <source>The programme appears as soon as this computer's clock is set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="577" />
        <source>The programme on your phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="618" />
        <location filename="../../ui/scene.py" line="762" />
        <source>from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="656" />
        <source>Main hall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="681" />
        <source>Nothing is on right now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="698" />
        <source>started %1 ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="699" />
        <source>just started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="703" />
        <source>ends in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="715" />
        <location filename="../../ui/scene.py" line="737" />
        <location filename="../../ui/scene.py" line="798" />
        <source>Later today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="743" />
        <source>Last item of the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="744" />
        <source>Thank you for taking part in the %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="759" />
        <source>%1 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="807" />
        <source>Next at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="819" />
        <source>The meeting opens in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="825" />
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="828" />
        <location filename="../../ui/scene.py" line="851" />
        <source>with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="830" />
        <location filename="../../ui/scene.py" line="853" />
        <source>Day %1 at a glance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="843" />
        <source>Day %1 has ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="847" />
        <source>Day %1 starts %2 at %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="869" />
        <source>Thank you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="872" />
        <source>%1 has ended.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/window.py" line="245" />
        <source>Returning to the display in %n s — touch anywhere to stay</source>
        <translation><numerusform>Returning to the display in %n s — touch anywhere to stay</numerusform><numerusform>Returning to the display in %n s — touch anywhere to stay</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="103" />
        <location filename="../../ui/staff.py" line="138" />
        <source>Staff panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="106" />
        <location filename="../../ui/staff.py" line="203" />
        <location filename="../../ui/staff.py" line="249" />
        <source>Enter the staff PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="117" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="129" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="142" />
        <source>The programme runs late</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff.py" line="146" />
        <source>Delay %n min</source>
        <translation><numerusform>Delay %n min</numerusform><numerusform>Delay %n min</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="149" />
        <source>Clear delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="153" />
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="155" />
        <source>Reload agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="156" />
        <location filename="../../ui/staff.py" line="170" />
        <source>Diagnostics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="157" />
        <source>Preview another time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="161" />
        <source>Back to the display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="163" />
        <source>Exit the kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="190" />
        <source>Next change</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff.py" line="238" />
        <source>Too many wrong PINs. Try again in %n s.</source>
        <translation><numerusform>Too many wrong PINs. Try again in %n s.</numerusform><numerusform>Too many wrong PINs. Try again in %n s.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="242" />
        <source>Wrong PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="259" />
        <source>Now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="260" />
        <source>Next: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="262" />
        <source>The agenda comes from a server: change delays there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="272" />
        <source>Not changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="283" />
        <source>Nothing is left to delay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="309" />
        <source>Agenda: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="310" />
        <source>Loaded: %1 items; last problem: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="312" />
        <source>Screen: %1 × %2, window %3 × %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="314" />
        <source>Clock: %1 (event time, %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="317" />
        <source>Recent log:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="352" />
        <source>Preview: %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>