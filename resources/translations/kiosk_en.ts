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
        <location filename="../../ui/browser/delegates.py" line="258" />
        <source>video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/detail.py" line="81" />
        <location filename="../../ui/display/layout.py" line="103" />
        <location filename="../../ui/editor/fields.py" line="246" />
        <location filename="../../ui/editor/fields.py" line="300" />
        <source>to be confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/detail.py" line="83" />
        <location filename="../../ui/display/layout.py" line="105" />
        <location filename="../../ui/editor/fields.py" line="247" />
        <location filename="../../ui/editor/fields.py" line="301" />
        <source>by video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/detail.py" line="121" />
        <location filename="../../ui/editor/itemform.py" line="194" />
        <source>Room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/detail.py" line="136" />
        <location filename="../../ui/editor/itemform.py" line="75" />
        <location filename="../../ui/editor/itemform.py" line="196" />
        <source>Presenters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/detail.py" line="152" />
        <source>On the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="67" />
        <location filename="../../ui/browser/view.py" line="236" />
        <location filename="../../ui/browser/view.py" line="401" />
        <source>Programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="89" />
        <location filename="../../ui/browser/view.py" line="232" />
        <location filename="../../ui/browser/view.py" line="236" />
        <location filename="../../ui/browser/view.py" line="412" />
        <location filename="../../ui/editor/window.py" line="149" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="142" />
        <location filename="../../ui/browser/view.py" line="234" />
        <location filename="../../ui/staff.py" line="236" />
        <location filename="../../ui/staff.py" line="256" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="160" />
        <location filename="../../ui/browser/view.py" line="233" />
        <source>Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="184" />
        <location filename="../../ui/browser/view.py" line="204" />
        <source>All rooms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="421" />
        <source>Tap an item to see everything about it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="420" />
        <source>Tap a name to see who they are and where they appear.</source>
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
        <location filename="../../ui/display/cards.py" line="127" />
        <location filename="../../ui/display/phases.py" line="115" />
        <source>until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="60" />
        <source>Now in every room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="112" />
        <location filename="../../ui/display/board.py" line="157" />
        <location filename="../../ui/display/board.py" line="190" />
        <location filename="../../ui/display/board.py" line="206" />
        <location filename="../../ui/display/board.py" line="220" />
        <source>next %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/display/board.py" line="135" />
        <location filename="../../ui/display/cards.py" line="154" />
        <location filename="../../ui/display/cards.py" line="170" />
        <location filename="../../ui/display/cards.py" line="199" />
        <location filename="../../ui/display/cards.py" line="205" />
        <location filename="../../ui/display/cards.py" line="221" />
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/display/board.py" line="264" />
        <source>and %n more room(s): touch the screen</source>
        <translation><numerusform>and %n more room: touch the screen</numerusform><numerusform>and %n more rooms: touch the screen</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/browser/delegates.py" line="184" />
        <location filename="../../ui/browser/detail.py" line="110" />
        <location filename="../../ui/display/phases.py" line="62" />
        <location filename="../../ui/editor/preview.py" line="53" />
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
        <location filename="../../ui/display/cards.py" line="203" />
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
        <location filename="../../ui/display/phases.py" line="64" />
        <location filename="../../ui/display/phases.py" line="117" />
        <source>from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="147" />
        <location filename="../../ui/display/board.py" line="208" />
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
        <location filename="../../ui/display/cards.py" line="175" />
        <source>%n speaker(s)</source>
        <translation><numerusform>%n speaker</numerusform><numerusform>%n speakers</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/display/cards.py" line="218" />
        <location filename="../../ui/display/cards.py" line="281" />
        <location filename="../../ui/display/cards.py" line="303" />
        <location filename="../../ui/display/cards.py" line="317" />
        <source>Later today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/cards.py" line="242" />
        <source>Last item of the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/cards.py" line="243" />
        <source>Thank you for taking part in the %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/wording.py" line="56" />
        <source>%1 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/phases.py" line="160" />
        <source>Next at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/phases.py" line="172" />
        <source>The meeting opens in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/phases.py" line="181" />
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/phases.py" line="184" />
        <location filename="../../ui/display/phases.py" line="207" />
        <source>with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/phases.py" line="186" />
        <location filename="../../ui/display/phases.py" line="209" />
        <source>Day %1 at a glance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/phases.py" line="199" />
        <source>Day %1 has ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/phases.py" line="203" />
        <source>Day %1 starts %2 at %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/phases.py" line="225" />
        <source>Thank you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/display/phases.py" line="230" />
        <source>%1 has ended.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/window.py" line="339" />
        <source>Returning to the display in %n s — touch anywhere to stay</source>
        <translation><numerusform>Returning to the display in %n s — touch anywhere to stay</numerusform><numerusform>Returning to the display in %n s — touch anywhere to stay</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="108" />
        <location filename="../../ui/staff.py" line="338" />
        <source>Staff panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="106" />
        <location filename="../../ui/staff.py" line="376" />
        <location filename="../../ui/staff.py" line="443" />
        <source>Enter the staff PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="195" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="40" />
        <source>On the day (the printed programme stays; the screens show the change)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="49" />
        <source>min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="51" />
        <source>Delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="54" />
        <source>until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="57" />
        <source>Delay this and later items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="60" />
        <source>Note for the screens (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="61" />
        <source>Cancel item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="62" />
        <source>Restore as printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="68" />
        <location filename="../../ui/editor/window.py" line="497" />
        <location filename="../../ui/staff.py" line="199" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="72" />
        <source>new start HH:MM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="73" />
        <source>new end (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="76" />
        <location filename="../../ui/editor/onday.py" line="82" />
        <source>Move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="90" />
        <source>the end of the day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="109" />
        <source>Done: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="109" />
        <source>Nothing changed: it is so already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="119" />
        <source>Delay %1 by %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="123" />
        <source>Cancel %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="126" />
        <source>Restore %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="130" />
        <source>Move %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="154" />
        <location filename="../../ui/editor/onday.py" line="283" />
        <source>Add announcement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="174" />
        <source>For the next 30 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="177" />
        <source>From – until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="179" />
        <source>Information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="180" />
        <source>Important</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="182" />
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="185" />
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="237" />
        <location filename="../../ui/editor/onday.py" line="248" />
        <source>Edit announcement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="269" />
        <source>Announcement for the next 30 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="277" />
        <source>New announcement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="292" />
        <source>Remove announcement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="208" />
        <source>The programme runs late</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff.py" line="209" />
        <source>Delay %n min</source>
        <translation><numerusform>Delay %n min</numerusform><numerusform>Delay %n min</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="211" />
        <source>Clear delay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="214" />
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="215" />
        <source>Reload agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="216" />
        <location filename="../../ui/staff.py" line="338" />
        <source>Diagnostics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="217" />
        <source>Preview another time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="222" />
        <source>Back to the display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="225" />
        <source>Exit the kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="248" />
        <source>−1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="248" />
        <source>−10 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="248" />
        <source>+10 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="249" />
        <source>+1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="249" />
        <source>+1 day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/preview.py" line="49" />
        <source>The language of the screen in the preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/preview.py" line="51" />
        <source>Landscape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/preview.py" line="52" />
        <source>Portrait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/preview.py" line="54" />
        <location filename="../../ui/staff.py" line="254" />
        <source>Next change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/preview.py" line="152" />
        <source>No preview: the agenda has problems (see the list below).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/preview.py" line="168" />
        <source>The agenda has problems: the preview shows it as it was before the last change.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff.py" line="426" />
        <source>Too many wrong PINs. Try again in %n min.</source>
        <translation><numerusform>Too many wrong PINs. Try again in %n min.</numerusform><numerusform>Too many wrong PINs. Try again in %n min.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff.py" line="430" />
        <source>Too many wrong PINs. Try again in %n s.</source>
        <translation><numerusform>Too many wrong PINs. Try again in %n s.</numerusform><numerusform>Too many wrong PINs. Try again in %n s.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="414" />
        <source>Wrong PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="64" />
        <source>Not answering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="65" />
        <source>Other programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="66" />
        <source>Clock off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="67" />
        <source>Reload failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="83" />
        <location filename="../../ui/staff.py" line="464" />
        <source>Now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="83" />
        <source>Now: nothing on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="85" />
        <source>Next at %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="92" />
        <source>Address: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="94" />
        <source>Not answering: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="97" />
        <source>What it said last:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="100" />
        <source>Kiosk %1, screen %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="101" />
        <source>Programme: %1 items from %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="102" />
        <source>Programme fingerprint: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="105" />
        <source>Last reload failed at %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="107" />
        <source>Last loaded at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="108" />
        <source>Last good programme at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="109" />
        <source>Failed reloads since it started: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="112" />
        <source>Running for %1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="115" />
        <source>Memory: %1 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="116" />
        <source>Its clock: %1 (event time %2, %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="119" />
        <source>Its clock minus this PC's: %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="122" />
        <source>Its clock minus the agenda server's: %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="125" />
        <source>Last warning or error at %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="127" />
        <source>No warnings or errors since it started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="150" />
        <source>Waiting for its picture…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="176" />
        <source>All well</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="195" />
        <source>No answer since %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="227" />
        <source>Lobby screens</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/window.py" line="233" />
        <source>%n lobby screen(s)</source>
        <translation><numerusform>%n lobby screen</numerusform><numerusform>%n lobby screens</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="235" />
        <source>Pictures and states are asked for every %1 s. Click a screen for its details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="465" />
        <source>Next: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="467" />
        <source>The agenda comes from a server: change delays there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="488" />
        <source>Not changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="499" />
        <source>Nothing is left to delay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="527" />
        <source>Agenda: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="528" />
        <source>Loaded: %1 items; last problem: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="530" />
        <source>Screen: %1 × %2, window %3 × %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="532" />
        <source>Clock: %1 (event time, %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="535" />
        <source>Recent log:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/staff.py" line="569" />
        <source>Preview: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="38" />
        <location filename="../../ui/editor/itemform.py" line="181" />
        <location filename="../../ui/editor/people.py" line="74" />
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="38" />
        <location filename="../../ui/editor/itemform.py" line="182" />
        <location filename="../../ui/editor/people.py" line="75" />
        <source>Russian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="91" />
        <source>The English and the Russian have different numbers of paragraphs (%1 and %2): each paragraph needs both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="129" />
        <source>%1: paragraphs apart by an empty line; list entries start with •</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="174" />
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="183" />
        <source>Add point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="185" />
        <source>Remove point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="212" />
        <source>New point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="252" />
        <source>Earlier in the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="253" />
        <source>Later in the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="256" />
        <location filename="../../ui/editor/onday.py" line="155" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="266" />
        <source>Type or choose a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="267" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="299" />
        <source>%1 (not in the people list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="33" />
        <source>Registration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="33" />
        <source>Opening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="33" />
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="34" />
        <source>Discussion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="34" />
        <source>Break</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="34" />
        <source>Meal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="34" />
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="35" />
        <source>Closing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="35" />
        <source>Reception</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="54" />
        <source>Add talk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="55" />
        <source>Remove talk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="56" />
        <source>Earlier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="57" />
        <source>Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="74" />
        <source>Talk title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="76" />
        <location filename="../../ui/editor/itemform.py" line="197" />
        <source>Moderators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="77" />
        <location filename="../../ui/editor/itemform.py" line="195" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="95" />
        <location filename="../../ui/editor/itemform.py" line="218" />
        <location filename="../../ui/editor/programme.py" line="97" />
        <source>(no title)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="128" />
        <source>New talk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="164" />
        <source>HH:MM, e.g. 14:30</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="165" />
        <source>HH:MM; empty when the programme gives no end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="176" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="179" />
        <location filename="../../ui/editor/programme.py" line="43" />
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="192" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="193" />
        <source>Subtitle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="199" />
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="198" />
        <source>Talks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="203" />
        <location filename="../../ui/editor/people.py" line="87" />
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="56" />
        <source>Find a person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="63" />
        <location filename="../../ui/editor/people.py" line="168" />
        <source>Add person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="64" />
        <source>Remove person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="78" />
        <source>Honorific</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="78" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="78" />
        <source>Sorted under</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="79" />
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="79" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="90" />
        <source>Appears in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="150" />
        <source>nowhere yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="162" />
        <source>Edit %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="166" />
        <source>New person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="183" />
        <source>%1 cannot be removed: they still appear in %2. Take them out there first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="186" />
        <location filename="../../ui/editor/window.py" line="347" />
        <source>Remove %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="43" />
        <location filename="../../ui/editor/window.py" line="143" />
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="43" />
        <source>Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="66" />
        <location filename="../../ui/editor/programme.py" line="145" />
        <source>Day %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="142" />
        <source>Day %1, %2 “%3”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="149" />
        <source>People: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="151" />
        <source>Announcement %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="153" />
        <source>On-the-day change %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="156" />
        <source>the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="177" />
        <source>the English is missing: a text needs its English; the Russian is optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="112" />
        <source>Reload (drop my changes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="113" />
        <source>Keep my changes on top of theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="137" />
        <source>Choose an item in the programme on the left, or add one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="146" />
        <source>Announcements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="181" />
        <source>Editor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="189" />
        <source>Save as agenda.json…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="189" />
        <location filename="../../ui/editor/window.py" line="495" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="191" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="192" />
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="195" />
        <location filename="../../ui/editor/window.py" line="332" />
        <source>Add item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="196" />
        <source>Remove item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="198" />
        <location filename="../../ui/editor/window.py" line="356" />
        <source>Clear changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="199" />
        <source>Remove every delay, cancellation and move: the printed programme again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="241" />
        <source>No problems: the agenda can be saved.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/window.py" line="242" />
        <source>%n problem(s): the agenda cannot be saved until they are fixed. Click one to go to it.</source>
        <translation><numerusform>%n problem: the agenda cannot be saved until they are fixed. Click one to go to it.</numerusform><numerusform>%n problems: the agenda cannot be saved until they are fixed. Click one to go to it.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="251" />
        <source>Edit programme – %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="268" />
        <source>%1 was changed on disk by someone else since you opened it. Reload it (your changes are dropped), or keep your changes on top of theirs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="278" />
        <source>%1 is another program's schedule (%2). The editor does not write into it: “Save as agenda.json…” makes an agenda.json beside it; start the kiosk on that file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="326" />
        <source>Edit “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="357" />
        <source>Every delay, cancellation and move removed: the printed programme applies again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="360" />
        <source>There are no changes to clear.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/window.py" line="398" />
        <source>Not saved: the agenda has %n problem(s); they are listed below.</source>
        <translation><numerusform>Not saved: the agenda has %n problem; they are listed below.</numerusform><numerusform>Not saved: the agenda has %n problems; they are listed below.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="407" />
        <source>Nothing to save: no changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="413" />
        <source>Not saved: the file was changed on disk meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="416" />
        <location filename="../../ui/editor/window.py" line="437" />
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="418" />
        <source>Saved %1. Running kiosks show the change within 2 seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="426" />
        <source>Save as agenda.json</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="432" />
        <source>Not saved: choose another name than the other program's file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="440" />
        <source>Saved as %1. Start the kiosk on it: kiosk --agenda %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="452" />
        <source>Reloaded: the file as it is on disk now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="457" />
        <source>Your changes are now on top of the file as it was saved meanwhile; check them and save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="469" />
        <source>Screens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="490" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="491" />
        <source>%1 has changes that are not saved. Save them before closing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="496" />
        <source>Close without saving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/poller.py" line="80" />
        <source>its answer is not a kiosk's status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/poller.py" line="82" />
        <source>it refuses the token: status_token differs from the kiosk's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/poller.py" line="84" />
        <source>it answered HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/screens/poller.py" line="92" />
        <location filename="../../ui/screens/window.py" line="94" />
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>