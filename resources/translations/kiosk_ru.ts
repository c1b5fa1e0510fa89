<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../ui/browser/detail.py" line="132"/>
        <location filename="../../ui/browser/detail.py" line="140"/>
        <location filename="../../ui/browser/detail.py" line="155"/>
        <location filename="../../ui/display/cards.py" line="57"/>
        <location filename="../../ui/display/cards.py" line="62"/>
        <source>Moderator</source>
        <translation>Модератор</translation>
    </message>
    <message>
        <location filename="../../ui/browser/detail.py" line="155"/>
        <source>Presenter</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <location filename="../../ui/browser/delegates.py" line="115"/>
        <location filename="../../ui/browser/detail.py" line="110"/>
        <location filename="../../ui/display/scene.py" line="62"/>
        <location filename="../../ui/display/scene.py" line="114"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/browser/delegates.py" line="119"/>
        <source>video</source>
        <translation>видео</translation>
    </message>
    <message>
        <location filename="../../ui/browser/detail.py" line="81"/>
        <location filename="../../ui/display/layout.py" line="99"/>
        <source>to be confirmed</source>
        <translation>уточняется</translation>
    </message>
    <message>
        <location filename="../../ui/browser/detail.py" line="83"/>
        <location filename="../../ui/display/layout.py" line="101"/>
        <source>by video</source>
        <translation>по видеосвязи</translation>
    </message>
    <message>
        <location filename="../../ui/browser/detail.py" line="121"/>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location filename="../../ui/browser/detail.py" line="136"/>
        <source>Presenters</source>
        <translation>Докладчики</translation>
    </message>
    <message>
        <location filename="../../ui/browser/detail.py" line="152"/>
        <source>On the programme</source>
        <translation>Участие в программе</translation>
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="51"/>
        <location filename="../../ui/browser/view.py" line="200"/>
        <location filename="../../ui/browser/view.py" line="360"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="73"/>
        <location filename="../../ui/browser/view.py" line="196"/>
        <location filename="../../ui/browser/view.py" line="200"/>
        <location filename="../../ui/browser/view.py" line="369"/>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="113"/>
        <location filename="../../ui/browser/view.py" line="198"/>
        <location filename="../../ui/staff.py" line="228"/>
        <location filename="../../ui/staff.py" line="248"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="131"/>
        <location filename="../../ui/browser/view.py" line="197"/>
        <source>Home</source>
        <translation>На главную</translation>
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="154"/>
        <location filename="../../ui/browser/view.py" line="176"/>
        <source>All rooms</source>
        <translation>Все залы</translation>
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="206"/>
        <location filename="../../ui/browser/view.py" line="243"/>
        <location filename="../../ui/browser/view.py" line="355"/>
        <location filename="../../ui/browser/view.py" line="422"/>
        <source>Tap an item to see everything about it.</source>
        <translation>Коснитесь строки, чтобы открыть подробности.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wording.py" line="33"/>
        <location filename="../../ui/wording.py" line="36"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wording.py" line="36"/>
        <location filename="../../ui/wording.py" line="38"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wording.py" line="38"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="67"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wording.py" line="70"/>
        <source>delayed %n min</source>
        <translation>
            <numerusform>задержка на %n минуту</numerusform>
            <numerusform>задержка на %n минуты</numerusform>
            <numerusform>задержка на %n минут</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="72"/>
        <source>moved from %1</source>
        <translation>перенесено с %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/frame.py" line="35"/>
        <source>Day %1 of %2</source>
        <translation>День %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/display/cards.py" line="122"/>
        <location filename="../../ui/display/scene.py" line="123"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="48"/>
        <source>in %1</source>
        <translation>через %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/cards.py" line="143"/>
        <location filename="../../ui/display/scene.py" line="132"/>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/display/cards.py" line="88"/>
        <location filename="../../ui/display/cards.py" line="170"/>
        <location filename="../../ui/display/cards.py" line="186"/>
        <location filename="../../ui/display/cards.py" line="215"/>
        <location filename="../../ui/display/cards.py" line="221"/>
        <location filename="../../ui/display/cards.py" line="237"/>
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/display/cards.py" line="191"/>
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n выступающий</numerusform>
            <numerusform>%n выступающих</numerusform>
            <numerusform>%n выступающих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/display/cards.py" line="219"/>
        <source>%n item(s), from %1</source>
        <translation>
            <numerusform>%n пункт, с %1</numerusform>
            <numerusform>%n пункта, с %1</numerusform>
            <numerusform>%n пунктов, с %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/display/frame.py" line="67"/>
        <source>Touch the screen to browse the full programme</source>
        <translation>Коснитесь экрана, чтобы открыть полную программу</translation>
    </message>
    <message>
        <location filename="../../ui/display/frame.py" line="128"/>
        <source>Waiting for the correct time</source>
        <translation>Ожидание точного времени</translation>
    </message>
    <message>
        <location filename="../../ui/display/frame.py" line="131"/>
        <source>The programme appears as soon as this computer&apos;s clock is set.</source>
        <translation>Программа появится сразу после настройки часов на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../ui/display/frame.py" line="112"/>
        <source>The programme on your phone</source>
        <translation>Программа на вашем телефоне</translation>
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="64"/>
        <location filename="../../ui/display/scene.py" line="134"/>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/cards.py" line="81"/>
        <source>Main hall</source>
        <translation>Главный зал</translation>
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="119"/>
        <source>Nothing is on right now.</source>
        <translation>Сейчас ничего не проходит.</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="61"/>
        <source>started %1 ago</source>
        <translation>идёт уже %1</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="61"/>
        <source>just started</source>
        <translation>только что началось</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="52"/>
        <source>ends in %1</source>
        <translation>конец через %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/cards.py" line="234"/>
        <location filename="../../ui/display/cards.py" line="297"/>
        <location filename="../../ui/display/cards.py" line="319"/>
        <location filename="../../ui/display/cards.py" line="333"/>
        <source>Later today</source>
        <translation>Позже сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/display/cards.py" line="258"/>
        <source>Last item of the programme</source>
        <translation>Последний пункт программы</translation>
    </message>
    <message>
        <location filename="../../ui/display/cards.py" line="259"/>
        <source>Thank you for taking part in the %1.</source>
        <translation>Благодарим вас за участие в мероприятии «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="56"/>
        <source>%1 left</source>
        <translation>окончание через %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="175"/>
        <source>Next at %1</source>
        <translation>Далее в %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="187"/>
        <source>The meeting opens in</source>
        <translation>Совещание откроется через</translation>
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="196"/>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="199"/>
        <location filename="../../ui/display/scene.py" line="222"/>
        <source>with %1</source>
        <translation>Первый пункт: %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="201"/>
        <location filename="../../ui/display/scene.py" line="224"/>
        <source>Day %1 at a glance</source>
        <translation>Программа дня %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="214"/>
        <source>Day %1 has ended</source>
        <translation>День %1 завершён</translation>
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="218"/>
        <source>Day %1 starts %2 at %3</source>
        <translation>День %1: %2, начало в %3</translation>
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="240"/>
        <source>Thank you</source>
        <translation>Благодарим за участие</translation>
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="245"/>
        <source>%1 has ended.</source>
        <translation>Мероприятие «%1» завершено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window.py" line="302"/>
        <source>Returning to the display in %n s — touch anywhere to stay</source>
        <translation>
            <numerusform>Возврат к основному экрану через %n секунду — коснитесь экрана, чтобы остаться</numerusform>
            <numerusform>Возврат к основному экрану через %n секунды — коснитесь экрана, чтобы остаться</numerusform>
            <numerusform>Возврат к основному экрану через %n секунд — коснитесь экрана, чтобы остаться</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="100"/>
        <location filename="../../ui/staff.py" line="330"/>
        <source>Staff panel</source>
        <translation>Служебная панель</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="98"/>
        <location filename="../../ui/staff.py" line="368"/>
        <location filename="../../ui/staff.py" line="435"/>
        <source>Enter the staff PIN</source>
        <translation>Введите служебный PIN-код</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="187"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="191"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="200"/>
        <source>The programme runs late</source>
        <translation>Программа задерживается</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff.py" line="201"/>
        <source>Delay %n min</source>
        <translation>
            <numerusform>Задержать на %n минуту</numerusform>
            <numerusform>Задержать на %n минуты</numerusform>
            <numerusform>Задержать на %n минут</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="203"/>
        <source>Clear delay</source>
        <translation>Отменить задержку</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="206"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="207"/>
        <source>Reload agenda</source>
        <translation>Перезагрузить программу</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="208"/>
        <location filename="../../ui/staff.py" line="330"/>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="209"/>
        <source>Preview another time</source>
        <translation>Просмотр на другое время</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="214"/>
        <source>Back to the display</source>
        <translation>Вернуться к основному экрану</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="217"/>
        <source>Exit the kiosk</source>
        <translation>Закрыть киоск</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="240"/>
        <source>−1 h</source>
        <translation>−1 ч</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="240"/>
        <source>−10 min</source>
        <translation>−10 мин</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="240"/>
        <source>+10 min</source>
        <translation>+10 мин</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="241"/>
        <source>+1 h</source>
        <translation>+1 ч</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="241"/>
        <source>+1 day</source>
        <translation>+1 день</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="246"/>
        <source>Next change</source>
        <translation>Следующее изменение</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff.py" line="418"/>
        <source>Too many wrong PINs. Try again in %n min.</source>
        <translation>
            <numerusform>Слишком много неверных попыток. Повторите через %n минуту.</numerusform>
            <numerusform>Слишком много неверных попыток. Повторите через %n минуты.</numerusform>
            <numerusform>Слишком много неверных попыток. Повторите через %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff.py" line="422"/>
        <source>Too many wrong PINs. Try again in %n s.</source>
        <translation>
            <numerusform>Слишком много неверных попыток. Повторите через %n секунду.</numerusform>
            <numerusform>Слишком много неверных попыток. Повторите через %n секунды.</numerusform>
            <numerusform>Слишком много неверных попыток. Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="406"/>
        <source>Wrong PIN</source>
        <translation>Неверный PIN-код</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="46"/>
        <source>Not answering</source>
        <translation>Не отвечает</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="47"/>
        <source>Other programme</source>
        <translation>Другая программа</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="48"/>
        <source>Clock off</source>
        <translation>Часы сбиты</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="49"/>
        <source>Reload failed</source>
        <translation>Сбой загрузки</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="65"/>
        <location filename="../../ui/staff.py" line="456"/>
        <source>Now: %1</source>
        <translation>Сейчас: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="65"/>
        <source>Now: nothing on</source>
        <translation>Сейчас: ничего не идёт</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="67"/>
        <source>Next at %1: %2</source>
        <translation>Далее в %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="74"/>
        <source>Address: %1</source>
        <translation>Адрес: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="76"/>
        <source>Not answering: %1</source>
        <translation>Не отвечает: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="79"/>
        <source>What it said last:</source>
        <translation>Последний ответ:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="82"/>
        <source>Kiosk %1, screen %2</source>
        <translation>Киоск %1, экран %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="83"/>
        <source>Programme: %1 items from %2</source>
        <translation>Программа: пунктов — %1, источник: %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="84"/>
        <source>Programme fingerprint: %1</source>
        <translation>Отпечаток программы: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="87"/>
        <source>Last reload failed at %1: %2</source>
        <translation>Последняя загрузка не удалась в %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="89"/>
        <source>Last loaded at %1</source>
        <translation>Последняя загрузка: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="90"/>
        <source>Last good programme at %1</source>
        <translation>Последняя исправная программа: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="91"/>
        <source>Failed reloads since it started: %1</source>
        <translation>Неудачных загрузок с момента запуска: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="94"/>
        <source>Running for %1 h %2 min</source>
        <translation>Работает %1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="97"/>
        <source>Memory: %1 MB</source>
        <translation>Память: %1 МБ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="98"/>
        <source>Its clock: %1 (event time %2, %3)</source>
        <translation>Его часы: %1 (время мероприятия %2, %3)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="101"/>
        <source>Its clock minus this PC&apos;s: %1 s</source>
        <translation>Его часы минус часы этого ПК: %1 с</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="104"/>
        <source>Its clock minus the agenda server&apos;s: %1 s</source>
        <translation>Его часы минус часы сервера программы: %1 с</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="107"/>
        <source>Last warning or error at %1: %2</source>
        <translation>Последнее предупреждение или ошибка в %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="109"/>
        <source>No warnings or errors since it started</source>
        <translation>С момента запуска ни предупреждений, ни ошибок</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="132"/>
        <source>Waiting for its picture…</source>
        <translation>Ждём изображение…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="160"/>
        <source>All well</source>
        <translation>Всё в порядке</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="181"/>
        <source>No answer since %1: %2</source>
        <translation>Нет ответа с %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="203"/>
        <source>Lobby screens</source>
        <translation>Экраны в холле</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/window.py" line="209"/>
        <source>%n lobby screen(s)</source>
        <translation>
            <numerusform>%n экран в холле</numerusform>
            <numerusform>%n экрана в холле</numerusform>
            <numerusform>%n экранов в холле</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="211"/>
        <source>Pictures and states are asked for every %1 s. Click a screen for its details.</source>
        <translation>Изображения и состояния запрашиваются каждые %1 с. Нажмите на экран, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="457"/>
        <source>Next: %1</source>
        <translation>Далее: %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="459"/>
        <source>The agenda comes from a server: change delays there.</source>
        <translation>Программа загружается с сервера: задержки изменяются на сервере.</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="480"/>
        <source>Not changed: %1</source>
        <translation>Изменения не внесены: %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="491"/>
        <source>Nothing is left to delay.</source>
        <translation>Нет предстоящих пунктов, которые можно задержать.</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="518"/>
        <source>Agenda: %1</source>
        <translation>Программа: %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="519"/>
        <source>Loaded: %1 items; last problem: %2</source>
        <translation>Загружено пунктов: %1; последняя ошибка: %2</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="521"/>
        <source>Screen: %1 × %2, window %3 × %4</source>
        <translation>Экран: %1 × %2, окно: %3 × %4</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="523"/>
        <source>Clock: %1 (event time, %2)</source>
        <translation>Часы: %1 (время мероприятия, %2)</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="526"/>
        <source>Recent log:</source>
        <translation>Последние записи журнала:</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="560"/>
        <source>Preview: %1</source>
        <translation>Предпросмотр: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/poller.py" line="72"/>
        <source>its answer is not a kiosk&apos;s status</source>
        <translation>его ответ — не состояние киоска</translation>
    </message>
    <message>
        <location filename="../../ui/screens/poller.py" line="74"/>
        <source>it refuses the token: status_token differs from the kiosk&apos;s</source>
        <translation>он не принимает токен: status_token отличается от токена киоска</translation>
    </message>
    <message>
        <location filename="../../ui/screens/poller.py" line="76"/>
        <source>it answered HTTP %1</source>
        <translation>он ответил HTTP %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/poller.py" line="84"/>
        <location filename="../../ui/screens/window.py" line="76"/>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
</context>
</TS>
