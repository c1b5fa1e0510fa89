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
        <location filename="../../ui/display/scene.py" line="63"/>
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
        <location filename="../../ui/browser/view.py" line="217"/>
        <location filename="../../ui/browser/view.py" line="377"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="73"/>
        <location filename="../../ui/browser/view.py" line="213"/>
        <location filename="../../ui/browser/view.py" line="217"/>
        <location filename="../../ui/browser/view.py" line="386"/>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="123"/>
        <location filename="../../ui/browser/view.py" line="215"/>
        <location filename="../../ui/staff.py" line="228"/>
        <location filename="../../ui/staff.py" line="248"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="141"/>
        <location filename="../../ui/browser/view.py" line="214"/>
        <source>Home</source>
        <translation>На главную</translation>
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="165"/>
        <location filename="../../ui/browser/view.py" line="185"/>
        <source>All rooms</source>
        <translation>Все залы</translation>
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="223"/>
        <location filename="../../ui/browser/view.py" line="260"/>
        <location filename="../../ui/browser/view.py" line="372"/>
        <location filename="../../ui/browser/view.py" line="439"/>
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
        <location filename="../../ui/display/cards.py" line="104"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="48"/>
        <source>in %1</source>
        <translation>через %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/cards.py" line="125"/>
        <location filename="../../ui/display/scene.py" line="114"/>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="61"/>
        <source>Now in every room</source>
        <translation>Сейчас во всех залах</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="113"/>
        <location filename="../../ui/display/board.py" line="158"/>
        <location filename="../../ui/display/board.py" line="191"/>
        <location filename="../../ui/display/board.py" line="207"/>
        <location filename="../../ui/display/board.py" line="221"/>
        <source>next %1</source>
        <translation>далее %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/display/board.py" line="136"/>
        <location filename="../../ui/display/cards.py" line="152"/>
        <location filename="../../ui/display/cards.py" line="168"/>
        <location filename="../../ui/display/cards.py" line="197"/>
        <location filename="../../ui/display/cards.py" line="203"/>
        <location filename="../../ui/display/cards.py" line="219"/>
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/display/board.py" line="265"/>
        <source>and %n more room(s): touch the screen</source>
        <translation>
            <numerusform>и ещё %n зал: коснитесь экрана</numerusform>
            <numerusform>и ещё %n зала: коснитесь экрана</numerusform>
            <numerusform>и ещё %n залов: коснитесь экрана</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/display/cards.py" line="173"/>
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n выступающий</numerusform>
            <numerusform>%n выступающих</numerusform>
            <numerusform>%n выступающих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/display/cards.py" line="201"/>
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
        <location filename="../../ui/display/scene.py" line="65"/>
        <location filename="../../ui/display/scene.py" line="116"/>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="148"/>
        <location filename="../../ui/display/board.py" line="209"/>
        <source>Main hall</source>
        <translation>Главный зал</translation>
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
        <location filename="../../ui/display/cards.py" line="216"/>
        <location filename="../../ui/display/cards.py" line="279"/>
        <location filename="../../ui/display/cards.py" line="301"/>
        <location filename="../../ui/display/cards.py" line="315"/>
        <source>Later today</source>
        <translation>Позже сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/display/cards.py" line="240"/>
        <source>Last item of the programme</source>
        <translation>Последний пункт программы</translation>
    </message>
    <message>
        <location filename="../../ui/display/cards.py" line="241"/>
        <source>Thank you for taking part in the %1.</source>
        <translation>Благодарим вас за участие в мероприятии «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="56"/>
        <source>%1 left</source>
        <translation>окончание через %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="157"/>
        <source>Next at %1</source>
        <translation>Далее в %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="169"/>
        <source>The meeting opens in</source>
        <translation>Совещание откроется через</translation>
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="178"/>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="181"/>
        <location filename="../../ui/display/scene.py" line="204"/>
        <source>with %1</source>
        <translation>Первый пункт: %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="183"/>
        <location filename="../../ui/display/scene.py" line="206"/>
        <source>Day %1 at a glance</source>
        <translation>Программа дня %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="196"/>
        <source>Day %1 has ended</source>
        <translation>День %1 завершён</translation>
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="200"/>
        <source>Day %1 starts %2 at %3</source>
        <translation>День %1: %2, начало в %3</translation>
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="222"/>
        <source>Thank you</source>
        <translation>Благодарим за участие</translation>
    </message>
    <message>
        <location filename="../../ui/display/scene.py" line="227"/>
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
        <location filename="../../ui/staff.py" line="456"/>
        <source>Now: %1</source>
        <translation>Сейчас: %1</translation>
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
</context>
</TS>
