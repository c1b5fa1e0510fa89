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
        <location filename="../../ui/browser/view.py" line="200" />
        <location filename="../../ui/browser/view.py" line="360" />
        <source>Programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="73" />
        <location filename="../../ui/browser/view.py" line="196" />
        <location filename="../../ui/browser/view.py" line="200" />
        <location filename="../../ui/browser/view.py" line="369" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="113" />
        <location filename="../../ui/browser/view.py" line="198" />
        <location filename="../../ui/staff.py" line="228" />
        <location filename="../../ui/staff.py" line="248" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="131" />
        <location filename="../../ui/browser/view.py" line="197" />
        <source>Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="154" />
        <location filename="../../ui/browser/view.py" line="176" />
        <source>All rooms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="206" />
        <location filename="../../ui/browser/view.py" line="243" />
        <location filename="../../ui/browser/view.py" line="355" />
        <location filename="../../ui/browser/view.py" line="422" />
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
        <location filename="../../ui/display/cards.py" line="122" />
        <location filename="../../ui/display/scene.py" line="123" />
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wording.py" line="48" />
        <source>in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/cards.py" line="143" />
        <location filename="../../ui/display/scene.py" line="132" />
        <source>until %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/display/cards.py" line="88" />
        <location filename="../../ui/display/cards.py" line="170" />
        <location filename="../../ui/display/cards.py" line="186" />
        <location filename="../../ui/display/cards.py" line="215" />
        <location filename="../../ui/display/cards.py" line="221" />
        <location filename="../../ui/display/cards.py" line="237" />
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/browser/delegates.py" line="115" />
        <location filename="../../ui/browser/detail.py" line="110" />
        <location filename="../../ui/display/scene.py" line="62" />
        <location filename="../../ui/display/scene.py" line="114" />
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
        <location filename="../../ui/display/cards.py" line="219" />
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
        <location filename="../../ui/display/scene.py" line="64" />
        <location filename="../../ui/display/scene.py" line="134" />
        <source>from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/cards.py" line="81" />
        <source>Main hall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="119" />
        <source>Nothing is on right now.</source>
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
        <location filename="../../ui/display/cards.py" line="191" />
        <source>%n speaker(s)</source>
        <translation><numerusform>%n speaker</numerusform><numerusform>%n speakers</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/display/cards.py" line="234" />
        <location filename="../../ui/display/cards.py" line="297" />
        <location filename="../../ui/display/cards.py" line="319" />
        <location filename="../../ui/display/cards.py" line="333" />
        <source>Later today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/cards.py" line="258" />
        <source>Last item of the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/cards.py" line="259" />
        <source>Thank you for taking part in the %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wording.py" line="56" />
        <source>%1 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="175" />
        <source>Next at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="187" />
        <source>The meeting opens in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="196" />
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="199" />
        <location filename="../../ui/display/scene.py" line="222" />
        <source>with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="201" />
        <location filename="../../ui/display/scene.py" line="224" />
        <source>Day %1 at a glance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="214" />
        <source>Day %1 has ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="218" />
        <source>Day %1 starts %2 at %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="240" />
        <source>Thank you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="245" />
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
        <location filename="../../ui/screens/window.py" line="46" />
        <source>Not answering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="47" />
        <source>Other programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="48" />
        <source>Clock off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="49" />
        <source>Reload failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="65" />
        <location filename="../../ui/staff.py" line="456" />
        <source>Now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="65" />
        <source>Now: nothing on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="67" />
        <source>Next at %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="74" />
        <source>Address: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="76" />
        <source>Not answering: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="79" />
        <source>What it said last:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="82" />
        <source>Kiosk %1, screen %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="83" />
        <source>Programme: %1 items from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="84" />
        <source>Programme fingerprint: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="87" />
        <source>Last reload failed at %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="89" />
        <source>Last loaded at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="90" />
        <source>Last good programme at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="91" />
        <source>Failed reloads since it started: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="94" />
        <source>Running for %1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="97" />
        <source>Memory: %1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="98" />
        <source>Its clock: %1 (event time %2, %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="101" />
        <source>Its clock minus this PC's: %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="104" />
        <source>Its clock minus the agenda server's: %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="107" />
        <source>Last warning or error at %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="109" />
        <source>No warnings or errors since it started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="132" />
        <source>Waiting for its picture…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="160" />
        <source>All well</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="181" />
        <source>No answer since %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="203" />
        <source>Lobby screens</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/window.py" line="209" />
        <source>%n lobby screen(s)</source>
        <translation><numerusform>%n lobby screen</numerusform><numerusform>%n lobby screens</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="211" />
        <source>Pictures and states are asked for every %1 s. Click a screen for its details.</source>
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
    <message>
        <location filename="../../ui/screens/poller.py" line="72" />
        <source>its answer is not a kiosk's status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/poller.py" line="74" />
        <source>it refuses the token: status_token differs from the kiosk's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/poller.py" line="76" />
        <source>it answered HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/poller.py" line="84" />
        <location filename="../../ui/screens/window.py" line="76" />
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>