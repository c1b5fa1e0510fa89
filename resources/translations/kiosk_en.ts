<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name />
    <message numerus="yes">
        <location filename="../../ui/scene.py" line="119" />
        <location filename="../../ui/scene.py" line="122" />
        <location filename="../../ui/scene.py" line="135" />
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/scene.py" line="122" />
        <location filename="../../ui/scene.py" line="124" />
        <location filename="../../ui/scene.py" line="134" />
        <source>%n h</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/scene.py" line="124" />
        <location filename="../../ui/scene.py" line="132" />
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/browser.py" line="58" />
        <source>Presenter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="225" />
        <source>video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="360" />
        <location filename="../../ui/scene.py" line="221" />
        <source>to be confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="362" />
        <location filename="../../ui/scene.py" line="223" />
        <source>by video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="399" />
        <source>Room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="414" />
        <source>Presenters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="430" />
        <source>On the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="478" />
        <location filename="../../ui/browser.py" line="563" />
        <location filename="../../ui/browser.py" line="713" />
        <source>Programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="500" />
        <location filename="../../ui/browser.py" line="560" />
        <location filename="../../ui/browser.py" line="563" />
        <location filename="../../ui/browser.py" line="722" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="527" />
        <location filename="../../ui/browser.py" line="562" />
        <location filename="../../ui/staff.py" line="164" />
        <location filename="../../ui/staff.py" line="182" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="545" />
        <location filename="../../ui/browser.py" line="561" />
        <source>Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="569" />
        <location filename="../../ui/browser.py" line="603" />
        <location filename="../../ui/browser.py" line="708" />
        <location filename="../../ui/browser.py" line="770" />
        <source>Tap an item to see everything about it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="239" />
        <source>Day %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser.py" line="54" />
        <location filename="../../ui/browser.py" line="410" />
        <location filename="../../ui/browser.py" line="418" />
        <location filename="../../ui/scene.py" line="295" />
        <location filename="../../ui/scene.py" line="300" />
        <source>Moderator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="358" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="371" />
        <location filename="../../ui/scene.py" line="689" />
        <source>in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="383" />
        <location filename="../../ui/scene.py" line="656" />
        <source>until %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/scene.py" line="398" />
        <location filename="../../ui/scene.py" line="430" />
        <location filename="../../ui/scene.py" line="433" />
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/browser.py" line="209" />
        <location filename="../../ui/browser.py" line="388" />
        <location filename="../../ui/scene.py" line="540" />
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="142" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/scene.py" line="145" />
        <source>delayed %n min</source>
        <translation><numerusform>delayed %n min</numerusform><numerusform>delayed %n min</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="147" />
        <source>moved from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="466" />
        <source>Touch the screen to browse the full programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="503" />
        <source>Waiting for the correct time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="506" />
        <source>The programme appears as soon as this computer's clock is set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="541" />
        <location filename="../../ui/scene.py" line="659" />
        <source>from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="584" />
        <source>started %1 ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="585" />
        <source>just started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="588" />
        <source>ends in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="599" />
        <location filename="../../ui/scene.py" line="621" />
        <location filename="../../ui/scene.py" line="675" />
        <source>Later today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="627" />
        <source>Last item of the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="628" />
        <source>Thank you for taking part in the %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="656" />
        <source>%1 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="686" />
        <source>Next at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="700" />
        <source>The meeting opens in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="706" />
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="709" />
        <location filename="../../ui/scene.py" line="734" />
        <source>with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="711" />
        <location filename="../../ui/scene.py" line="736" />
        <source>Day %1 at a glance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="726" />
        <source>Day %1 has ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="730" />
        <source>Day %1 starts %2 at %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="752" />
        <source>Thank you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/scene.py" line="755" />
        <source>%1 has ended.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/window.py" line="244" />
        <source>Returning to the display in %n s — touch anywhere to stay</source>
        <translation><numerusform>Returning to the display in %n s — touch anywhere to stay</numerusform><numerusform>Returning to the display in %n s — touch anywhere to stay</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="103" />
        <location filename="../../ui/staff.py" line="132" />
        <source>Staff panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="106" />
        <location filename="../../ui/staff.py" line="193" />
        <location filename="../../ui/staff.py" line="239" />
        <source>Enter the staff PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="117" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="126" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff.py" line="138" />
        <source>Delay %n min</source>
        <translation><numerusform>Delay %n min</numerusform><numerusform>Delay %n min</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="141" />
        <source>Clear delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="145" />
        <source>Reload agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="146" />
        <location filename="../../ui/staff.py" line="160" />
        <source>Diagnostics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="147" />
        <source>Preview another time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="151" />
        <source>Back to the display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="153" />
        <source>Exit the kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="180" />
        <source>Next change</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff.py" line="228" />
        <source>Too many wrong PINs. Try again in %n s.</source>
        <translation><numerusform>Too many wrong PINs. Try again in %n s.</numerusform><numerusform>Too many wrong PINs. Try again in %n s.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="232" />
        <source>Wrong PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="249" />
        <source>Now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="250" />
        <source>Next: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="252" />
        <source>The agenda comes from a server: change delays there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="262" />
        <source>Not changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="273" />
        <source>Nothing is left to delay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="299" />
        <source>Agenda: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="300" />
        <source>Loaded: %1 items; last problem: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="302" />
        <source>Screen: %1 × %2, window %3 × %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="304" />
        <source>Clock: %1 (event time, %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="307" />
        <source>Recent log:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="342" />
        <source>Preview: %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>