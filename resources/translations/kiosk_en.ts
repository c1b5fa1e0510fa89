<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name />
    <message numerus="yes">
        <location filename="../../ui/wording.py" line="33" />
        <location filename="../../ui/wording.py" line="36" />
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wording.py" line="36" />
        <location filename="../../ui/wording.py" line="38" />
        <source>%n h</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wording.py" line="38" />
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/browser/detail.py" line="155" />
        <source>Presenter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/delegates.py" line="119" />
        <source>video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/detail.py" line="81" />
        <location filename="../../ui/display/layout.py" line="99" />
        <source>to be confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/detail.py" line="83" />
        <location filename="../../ui/display/layout.py" line="101" />
        <source>by video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/detail.py" line="121" />
        <source>Room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/detail.py" line="136" />
        <source>Presenters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/detail.py" line="152" />
        <source>On the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="51" />
        <location filename="../../ui/browser/view.py" line="217" />
        <location filename="../../ui/browser/view.py" line="377" />
        <source>Programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="73" />
        <location filename="../../ui/browser/view.py" line="213" />
        <location filename="../../ui/browser/view.py" line="217" />
        <location filename="../../ui/browser/view.py" line="386" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="123" />
        <location filename="../../ui/browser/view.py" line="215" />
        <location filename="../../ui/staff.py" line="228" />
        <location filename="../../ui/staff.py" line="248" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="141" />
        <location filename="../../ui/browser/view.py" line="214" />
        <source>Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="165" />
        <location filename="../../ui/browser/view.py" line="185" />
        <source>All rooms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="223" />
        <location filename="../../ui/browser/view.py" line="260" />
        <location filename="../../ui/browser/view.py" line="372" />
        <location filename="../../ui/browser/view.py" line="439" />
        <source>Tap an item to see everything about it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/frame.py" line="35" />
        <source>Day %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/detail.py" line="132" />
        <location filename="../../ui/browser/detail.py" line="140" />
        <location filename="../../ui/browser/detail.py" line="155" />
        <location filename="../../ui/display/cards.py" line="57" />
        <location filename="../../ui/display/cards.py" line="62" />
        <source>Moderator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/cards.py" line="104" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wording.py" line="48" />
        <source>in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/cards.py" line="125" />
        <location filename="../../ui/display/scene.py" line="114" />
        <source>until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="61" />
        <source>Now in every room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="113" />
        <location filename="../../ui/display/board.py" line="158" />
        <location filename="../../ui/display/board.py" line="191" />
        <location filename="../../ui/display/board.py" line="207" />
        <location filename="../../ui/display/board.py" line="221" />
        <source>next %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/display/board.py" line="136" />
        <location filename="../../ui/display/cards.py" line="152" />
        <location filename="../../ui/display/cards.py" line="168" />
        <location filename="../../ui/display/cards.py" line="197" />
        <location filename="../../ui/display/cards.py" line="203" />
        <location filename="../../ui/display/cards.py" line="219" />
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/display/board.py" line="265" />
        <source>and %n more room(s): touch the screen</source>
        <translation><numerusform>and %n more room: touch the screen</numerusform><numerusform>and %n more rooms: touch the screen</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/browser/delegates.py" line="115" />
        <location filename="../../ui/browser/detail.py" line="110" />
        <location filename="../../ui/display/scene.py" line="63" />
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wording.py" line="67" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/wording.py" line="70" />
        <source>delayed %n min</source>
        <translation><numerusform>delayed %n min</numerusform><numerusform>delayed %n min</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="72" />
        <source>moved from %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/display/cards.py" line="201" />
        <source>%n item(s), from %1</source>
        <translation><numerusform>%n item, from %1</numerusform><numerusform>%n items, from %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/display/frame.py" line="67" />
        <source>Touch the screen to browse the full programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/frame.py" line="128" />
        <source>Waiting for the correct time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/frame.py" line="131" />
        <source>The programme appears as soon as this computer's clock is set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/frame.py" line="112" />
        <source>The programme on your phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="65" />
        <location filename="../../ui/display/scene.py" line="116" />
        <source>from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="148" />
        <location filename="../../ui/display/board.py" line="209" />
        <source>Main hall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wording.py" line="61" />
        <source>started %1 ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wording.py" line="61" />
        <source>just started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wording.py" line="52" />
        <source>ends in %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/display/cards.py" line="173" />
        <source>%n speaker(s)</source>
        <translation><numerusform>%n speaker</numerusform><numerusform>%n speakers</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/display/cards.py" line="216" />
        <location filename="../../ui/display/cards.py" line="279" />
        <location filename="../../ui/display/cards.py" line="301" />
        <location filename="../../ui/display/cards.py" line="315" />
        <source>Later today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/cards.py" line="240" />
        <source>Last item of the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/cards.py" line="241" />
        <source>Thank you for taking part in the %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wording.py" line="56" />
        <source>%1 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="157" />
        <source>Next at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="169" />
        <source>The meeting opens in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="178" />
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="181" />
        <location filename="../../ui/display/scene.py" line="204" />
        <source>with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="183" />
        <location filename="../../ui/display/scene.py" line="206" />
        <source>Day %1 at a glance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="196" />
        <source>Day %1 has ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="200" />
        <source>Day %1 starts %2 at %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="222" />
        <source>Thank you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="227" />
        <source>%1 has ended.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/window.py" line="302" />
        <source>Returning to the display in %n s — touch anywhere to stay</source>
        <translation><numerusform>Returning to the display in %n s — touch anywhere to stay</numerusform><numerusform>Returning to the display in %n s — touch anywhere to stay</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="100" />
        <location filename="../../ui/staff.py" line="330" />
        <source>Staff panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="98" />
        <location filename="../../ui/staff.py" line="368" />
        <location filename="../../ui/staff.py" line="435" />
        <source>Enter the staff PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="187" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="191" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="200" />
        <source>The programme runs late</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff.py" line="201" />
        <source>Delay %n min</source>
        <translation><numerusform>Delay %n min</numerusform><numerusform>Delay %n min</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="203" />
        <source>Clear delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="206" />
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="207" />
        <source>Reload agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="208" />
        <location filename="../../ui/staff.py" line="330" />
        <source>Diagnostics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="209" />
        <source>Preview another time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="214" />
        <source>Back to the display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="217" />
        <source>Exit the kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="240" />
        <source>−1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="240" />
        <source>−10 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="240" />
        <source>+10 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="241" />
        <source>+1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="241" />
        <source>+1 day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="246" />
        <source>Next change</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff.py" line="418" />
        <source>Too many wrong PINs. Try again in %n min.</source>
        <translation><numerusform>Too many wrong PINs. Try again in %n min.</numerusform><numerusform>Too many wrong PINs. Try again in %n min.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff.py" line="422" />
        <source>Too many wrong PINs. Try again in %n s.</source>
        <translation><numerusform>Too many wrong PINs. Try again in %n s.</numerusform><numerusform>Too many wrong PINs. Try again in %n s.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="406" />
        <source>Wrong PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="456" />
        <source>Now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="457" />
        <source>Next: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="459" />
        <source>The agenda comes from a server: change delays there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="480" />
        <source>Not changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="491" />
        <source>Nothing is left to delay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="518" />
        <source>Agenda: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="519" />
        <source>Loaded: %1 items; last problem: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="521" />
        <source>Screen: %1 × %2, window %3 × %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="523" />
        <source>Clock: %1 (event time, %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="526" />
        <source>Recent log:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="560" />
        <source>Preview: %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>