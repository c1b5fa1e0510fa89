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
        <location filename="../../ui/browser/delegates.py" line="184"/>
        <location filename="../../ui/browser/detail.py" line="110"/>
        <location filename="../../ui/display/phases.py" line="62"/>
        <location filename="../../ui/editor/preview.py" line="53"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/browser/delegates.py" line="258"/>
        <source>video</source>
        <translation>видео</translation>
    </message>
    <message>
        <location filename="../../ui/browser/detail.py" line="81"/>
        <location filename="../../ui/display/layout.py" line="103"/>
        <location filename="../../ui/editor/fields.py" line="246"/>
        <location filename="../../ui/editor/fields.py" line="300"/>
        <source>to be confirmed</source>
        <translation>уточняется</translation>
    </message>
    <message>
        <location filename="../../ui/browser/detail.py" line="83"/>
        <location filename="../../ui/display/layout.py" line="105"/>
        <location filename="../../ui/editor/fields.py" line="247"/>
        <location filename="../../ui/editor/fields.py" line="301"/>
        <source>by video</source>
        <translation>по видеосвязи</translation>
    </message>
    <message>
        <location filename="../../ui/browser/detail.py" line="121"/>
        <location filename="../../ui/editor/itemform.py" line="194"/>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location filename="../../ui/browser/detail.py" line="136"/>
        <location filename="../../ui/editor/itemform.py" line="75"/>
        <location filename="../../ui/editor/itemform.py" line="196"/>
        <source>Presenters</source>
        <translation>Докладчики</translation>
    </message>
    <message>
        <location filename="../../ui/browser/detail.py" line="152"/>
        <source>On the programme</source>
        <translation>Участие в программе</translation>
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="67"/>
        <location filename="../../ui/browser/view.py" line="236"/>
        <location filename="../../ui/browser/view.py" line="401"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="89"/>
        <location filename="../../ui/browser/view.py" line="232"/>
        <location filename="../../ui/browser/view.py" line="236"/>
        <location filename="../../ui/browser/view.py" line="412"/>
        <location filename="../../ui/editor/window.py" line="149"/>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="142"/>
        <location filename="../../ui/browser/view.py" line="234"/>
        <location filename="../../ui/staff.py" line="236"/>
        <location filename="../../ui/staff.py" line="256"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="160"/>
        <location filename="../../ui/browser/view.py" line="233"/>
        <source>Home</source>
        <translation>На главную</translation>
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="184"/>
        <location filename="../../ui/browser/view.py" line="204"/>
        <source>All rooms</source>
        <translation>Все залы</translation>
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="421"/>
        <source>Tap an item to see everything about it.</source>
        <translation>Коснитесь строки, чтобы открыть подробности.</translation>
    </message>
    <message>
        <location filename="../../ui/browser/view.py" line="420"/>
        <source>Tap a name to see who they are and where they appear.</source>
        <translation>Коснитесь имени, чтобы узнать, кто это и где участвует.</translation>
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
        <location filename="../../ui/display/cards.py" line="127"/>
        <location filename="../../ui/display/phases.py" line="115"/>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="60"/>
        <source>Now in every room</source>
        <translation>Сейчас во всех залах</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="112"/>
        <location filename="../../ui/display/board.py" line="157"/>
        <location filename="../../ui/display/board.py" line="190"/>
        <location filename="../../ui/display/board.py" line="206"/>
        <location filename="../../ui/display/board.py" line="220"/>
        <source>next %1</source>
        <translation>далее %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/display/board.py" line="135"/>
        <location filename="../../ui/display/cards.py" line="154"/>
        <location filename="../../ui/display/cards.py" line="170"/>
        <location filename="../../ui/display/cards.py" line="199"/>
        <location filename="../../ui/display/cards.py" line="205"/>
        <location filename="../../ui/display/cards.py" line="221"/>
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/display/board.py" line="264"/>
        <source>and %n more room(s): touch the screen</source>
        <translation>
            <numerusform>и ещё %n зал: коснитесь экрана</numerusform>
            <numerusform>и ещё %n зала: коснитесь экрана</numerusform>
            <numerusform>и ещё %n залов: коснитесь экрана</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/display/cards.py" line="175"/>
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n выступающий</numerusform>
            <numerusform>%n выступающих</numerusform>
            <numerusform>%n выступающих</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/display/cards.py" line="203"/>
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
        <location filename="../../ui/display/phases.py" line="64"/>
        <location filename="../../ui/display/phases.py" line="117"/>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="147"/>
        <location filename="../../ui/display/board.py" line="208"/>
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
        <location filename="../../ui/display/cards.py" line="218"/>
        <location filename="../../ui/display/cards.py" line="281"/>
        <location filename="../../ui/display/cards.py" line="303"/>
        <location filename="../../ui/display/cards.py" line="317"/>
        <source>Later today</source>
        <translation>Позже сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/display/cards.py" line="242"/>
        <source>Last item of the programme</source>
        <translation>Последний пункт программы</translation>
    </message>
    <message>
        <location filename="../../ui/display/cards.py" line="243"/>
        <source>Thank you for taking part in the %1.</source>
        <translation>Благодарим вас за участие в мероприятии «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="56"/>
        <source>%1 left</source>
        <translation>окончание через %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/phases.py" line="160"/>
        <source>Next at %1</source>
        <translation>Далее в %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/phases.py" line="172"/>
        <source>The meeting opens in</source>
        <translation>Совещание откроется через</translation>
    </message>
    <message>
        <location filename="../../ui/display/phases.py" line="181"/>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/display/phases.py" line="184"/>
        <location filename="../../ui/display/phases.py" line="207"/>
        <source>with %1</source>
        <translation>Первый пункт: %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/phases.py" line="186"/>
        <location filename="../../ui/display/phases.py" line="209"/>
        <source>Day %1 at a glance</source>
        <translation>Программа дня %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/phases.py" line="199"/>
        <source>Day %1 has ended</source>
        <translation>День %1 завершён</translation>
    </message>
    <message>
        <location filename="../../ui/display/phases.py" line="203"/>
        <source>Day %1 starts %2 at %3</source>
        <translation>День %1: %2, начало в %3</translation>
    </message>
    <message>
        <location filename="../../ui/display/phases.py" line="225"/>
        <source>Thank you</source>
        <translation>Благодарим за участие</translation>
    </message>
    <message>
        <location filename="../../ui/display/phases.py" line="230"/>
        <source>%1 has ended.</source>
        <translation>Мероприятие «%1» завершено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window.py" line="339"/>
        <source>Returning to the display in %n s — touch anywhere to stay</source>
        <translation>
            <numerusform>Возврат к основному экрану через %n секунду — коснитесь экрана, чтобы остаться</numerusform>
            <numerusform>Возврат к основному экрану через %n секунды — коснитесь экрана, чтобы остаться</numerusform>
            <numerusform>Возврат к основному экрану через %n секунд — коснитесь экрана, чтобы остаться</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="108"/>
        <location filename="../../ui/staff.py" line="338"/>
        <source>Staff panel</source>
        <translation>Служебная панель</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="106"/>
        <location filename="../../ui/staff.py" line="376"/>
        <location filename="../../ui/staff.py" line="443"/>
        <source>Enter the staff PIN</source>
        <translation>Введите служебный PIN-код</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="195"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="40"/>
        <source>On the day (the printed programme stays; the screens show the change)</source>
        <translation>В день мероприятия (печатная программа остаётся; экраны показывают изменение)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="49"/>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="51"/>
        <source>Delay</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="54"/>
        <source>until</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="57"/>
        <source>Delay this and later items</source>
        <translation>Отложить этот и следующие пункты</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="60"/>
        <source>Note for the screens (optional)</source>
        <translation>Примечание для экранов (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="61"/>
        <source>Cancel item</source>
        <translation>Отменить пункт</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="62"/>
        <source>Restore as printed</source>
        <translation>Вернуть как в программе</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="68"/>
        <location filename="../../ui/editor/window.py" line="497"/>
        <location filename="../../ui/staff.py" line="199"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="72"/>
        <source>new start HH:MM</source>
        <translation>новое начало ЧЧ:ММ</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="73"/>
        <source>new end (optional)</source>
        <translation>новый конец (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="76"/>
        <location filename="../../ui/editor/onday.py" line="82"/>
        <source>Move</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="90"/>
        <source>the end of the day</source>
        <translation>конца дня</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="109"/>
        <source>Done: %1</source>
        <translation>Готово: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="109"/>
        <source>Nothing changed: it is so already.</source>
        <translation>Ничего не изменилось: так уже есть.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="119"/>
        <source>Delay %1 by %2 min</source>
        <translation>Отложить %1 на %2 мин</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="123"/>
        <source>Cancel %1</source>
        <translation>Отменить %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="126"/>
        <source>Restore %1</source>
        <translation>Вернуть %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="130"/>
        <source>Move %1</source>
        <translation>Перенести %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="154"/>
        <location filename="../../ui/editor/onday.py" line="283"/>
        <source>Add announcement</source>
        <translation>Добавить объявление</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="174"/>
        <source>For the next 30 minutes</source>
        <translation>На ближайшие 30 минут</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="177"/>
        <source>From – until</source>
        <translation>С – до</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="179"/>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="180"/>
        <source>Important</source>
        <translation>Важное</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="182"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="185"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="237"/>
        <location filename="../../ui/editor/onday.py" line="248"/>
        <source>Edit announcement</source>
        <translation>Изменить объявление</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="269"/>
        <source>Announcement for the next 30 minutes</source>
        <translation>Объявление на ближайшие 30 минут</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="277"/>
        <source>New announcement</source>
        <translation>Новое объявление</translation>
    </message>
    <message>
        <location filename="../../ui/editor/onday.py" line="292"/>
        <source>Remove announcement</source>
        <translation>Удалить объявление</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="208"/>
        <source>The programme runs late</source>
        <translation>Программа задерживается</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff.py" line="209"/>
        <source>Delay %n min</source>
        <translation>
            <numerusform>Задержать на %n минуту</numerusform>
            <numerusform>Задержать на %n минуты</numerusform>
            <numerusform>Задержать на %n минут</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="211"/>
        <source>Clear delay</source>
        <translation>Отменить задержку</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="214"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="215"/>
        <source>Reload agenda</source>
        <translation>Перезагрузить программу</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="216"/>
        <location filename="../../ui/staff.py" line="338"/>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="217"/>
        <source>Preview another time</source>
        <translation>Просмотр на другое время</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="222"/>
        <source>Back to the display</source>
        <translation>Вернуться к основному экрану</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="225"/>
        <source>Exit the kiosk</source>
        <translation>Закрыть киоск</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="248"/>
        <source>−1 h</source>
        <translation>−1 ч</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="248"/>
        <source>−10 min</source>
        <translation>−10 мин</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="248"/>
        <source>+10 min</source>
        <translation>+10 мин</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="249"/>
        <source>+1 h</source>
        <translation>+1 ч</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="249"/>
        <source>+1 day</source>
        <translation>+1 день</translation>
    </message>
    <message>
        <location filename="../../ui/editor/preview.py" line="49"/>
        <source>The language of the screen in the preview</source>
        <translation>Язык экрана в предпросмотре</translation>
    </message>
    <message>
        <location filename="../../ui/editor/preview.py" line="51"/>
        <source>Landscape</source>
        <translation>Горизонтально</translation>
    </message>
    <message>
        <location filename="../../ui/editor/preview.py" line="52"/>
        <source>Portrait</source>
        <translation>Вертикально</translation>
    </message>
    <message>
        <location filename="../../ui/editor/preview.py" line="54"/>
        <location filename="../../ui/staff.py" line="254"/>
        <source>Next change</source>
        <translation>Следующее изменение</translation>
    </message>
    <message>
        <location filename="../../ui/editor/preview.py" line="152"/>
        <source>No preview: the agenda has problems (see the list below).</source>
        <translation>Предпросмотра нет: в программе есть ошибки (см. список внизу).</translation>
    </message>
    <message>
        <location filename="../../ui/editor/preview.py" line="168"/>
        <source>The agenda has problems: the preview shows it as it was before the last change.</source>
        <translation>В программе есть ошибки: предпросмотр показывает её такой, какой она была до последнего изменения.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff.py" line="426"/>
        <source>Too many wrong PINs. Try again in %n min.</source>
        <translation>
            <numerusform>Слишком много неверных попыток. Повторите через %n минуту.</numerusform>
            <numerusform>Слишком много неверных попыток. Повторите через %n минуты.</numerusform>
            <numerusform>Слишком много неверных попыток. Повторите через %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff.py" line="430"/>
        <source>Too many wrong PINs. Try again in %n s.</source>
        <translation>
            <numerusform>Слишком много неверных попыток. Повторите через %n секунду.</numerusform>
            <numerusform>Слишком много неверных попыток. Повторите через %n секунды.</numerusform>
            <numerusform>Слишком много неверных попыток. Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="414"/>
        <source>Wrong PIN</source>
        <translation>Неверный PIN-код</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="64"/>
        <source>Not answering</source>
        <translation>Не отвечает</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="65"/>
        <source>Other programme</source>
        <translation>Другая программа</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="66"/>
        <source>Clock off</source>
        <translation>Часы сбиты</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="67"/>
        <source>Reload failed</source>
        <translation>Сбой загрузки</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="83"/>
        <location filename="../../ui/staff.py" line="464"/>
        <source>Now: %1</source>
        <translation>Сейчас: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="83"/>
        <source>Now: nothing on</source>
        <translation>Сейчас: ничего не идёт</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="85"/>
        <source>Next at %1: %2</source>
        <translation>Далее в %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="92"/>
        <source>Address: %1</source>
        <translation>Адрес: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="94"/>
        <source>Not answering: %1</source>
        <translation>Не отвечает: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="97"/>
        <source>What it said last:</source>
        <translation>Последний ответ:</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="100"/>
        <source>Kiosk %1, screen %2</source>
        <translation>Киоск %1, экран %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="101"/>
        <source>Programme: %1 items from %2</source>
        <translation>Программа: пунктов — %1, источник: %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="102"/>
        <source>Programme fingerprint: %1</source>
        <translation>Отпечаток программы: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="105"/>
        <source>Last reload failed at %1: %2</source>
        <translation>Последняя загрузка не удалась в %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="107"/>
        <source>Last loaded at %1</source>
        <translation>Последняя загрузка: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="108"/>
        <source>Last good programme at %1</source>
        <translation>Последняя исправная программа: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="109"/>
        <source>Failed reloads since it started: %1</source>
        <translation>Неудачных загрузок с момента запуска: %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="112"/>
        <source>Running for %1 h %2 min</source>
        <translation>Работает %1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="115"/>
        <source>Memory: %1 MB</source>
        <translation>Память: %1 МБ</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="116"/>
        <source>Its clock: %1 (event time %2, %3)</source>
        <translation>Его часы: %1 (время мероприятия %2, %3)</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="119"/>
        <source>Its clock minus this PC&apos;s: %1 s</source>
        <translation>Его часы минус часы этого ПК: %1 с</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="122"/>
        <source>Its clock minus the agenda server&apos;s: %1 s</source>
        <translation>Его часы минус часы сервера программы: %1 с</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="125"/>
        <source>Last warning or error at %1: %2</source>
        <translation>Последнее предупреждение или ошибка в %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="127"/>
        <source>No warnings or errors since it started</source>
        <translation>С момента запуска ни предупреждений, ни ошибок</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="150"/>
        <source>Waiting for its picture…</source>
        <translation>Ждём изображение…</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="176"/>
        <source>All well</source>
        <translation>Всё в порядке</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="195"/>
        <source>No answer since %1: %2</source>
        <translation>Нет ответа с %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="227"/>
        <source>Lobby screens</source>
        <translation>Экраны в холле</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/screens/window.py" line="233"/>
        <source>%n lobby screen(s)</source>
        <translation>
            <numerusform>%n экран в холле</numerusform>
            <numerusform>%n экрана в холле</numerusform>
            <numerusform>%n экранов в холле</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/screens/window.py" line="235"/>
        <source>Pictures and states are asked for every %1 s. Click a screen for its details.</source>
        <translation>Изображения и состояния запрашиваются каждые %1 с. Нажмите на экран, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="465"/>
        <source>Next: %1</source>
        <translation>Далее: %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="467"/>
        <source>The agenda comes from a server: change delays there.</source>
        <translation>Программа загружается с сервера: задержки изменяются на сервере.</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="488"/>
        <source>Not changed: %1</source>
        <translation>Изменения не внесены: %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="499"/>
        <source>Nothing is left to delay.</source>
        <translation>Нет предстоящих пунктов, которые можно задержать.</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="527"/>
        <source>Agenda: %1</source>
        <translation>Программа: %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="528"/>
        <source>Loaded: %1 items; last problem: %2</source>
        <translation>Загружено пунктов: %1; последняя ошибка: %2</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="530"/>
        <source>Screen: %1 × %2, window %3 × %4</source>
        <translation>Экран: %1 × %2, окно: %3 × %4</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="532"/>
        <source>Clock: %1 (event time, %2)</source>
        <translation>Часы: %1 (время мероприятия, %2)</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="535"/>
        <source>Recent log:</source>
        <translation>Последние записи журнала:</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="569"/>
        <source>Preview: %1</source>
        <translation>Предпросмотр: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="38"/>
        <location filename="../../ui/editor/itemform.py" line="181"/>
        <location filename="../../ui/editor/people.py" line="74"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="38"/>
        <location filename="../../ui/editor/itemform.py" line="182"/>
        <location filename="../../ui/editor/people.py" line="75"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="91"/>
        <source>The English and the Russian have different numbers of paragraphs (%1 and %2): each paragraph needs both.</source>
        <translation>В английском и русском тексте разное число абзацев (%1 и %2): у каждого абзаца должны быть оба языка.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="129"/>
        <source>%1: paragraphs apart by an empty line; list entries start with •</source>
        <translation>%1: абзацы разделяются пустой строкой; пункты списка начинаются с •</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="174"/>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="183"/>
        <source>Add point</source>
        <translation>Добавить пункт</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="185"/>
        <source>Remove point</source>
        <translation>Удалить пункт</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="212"/>
        <source>New point</source>
        <translation>Новый пункт</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="252"/>
        <source>Earlier in the list</source>
        <translation>Выше в списке</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="253"/>
        <source>Later in the list</source>
        <translation>Ниже в списке</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="256"/>
        <location filename="../../ui/editor/onday.py" line="155"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="266"/>
        <source>Type or choose a name</source>
        <translation>Введите или выберите имя</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="267"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/editor/fields.py" line="299"/>
        <source>%1 (not in the people list)</source>
        <translation>%1 (нет в списке людей)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="33"/>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="33"/>
        <source>Opening</source>
        <translation>Открытие</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="33"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="34"/>
        <source>Discussion</source>
        <translation>Обсуждение</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="34"/>
        <source>Break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="34"/>
        <source>Meal</source>
        <translation>Обед</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="34"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="35"/>
        <source>Closing</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="35"/>
        <source>Reception</source>
        <translation>Приём</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="54"/>
        <source>Add talk</source>
        <translation>Добавить выступление</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="55"/>
        <source>Remove talk</source>
        <translation>Удалить выступление</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="56"/>
        <source>Earlier</source>
        <translation>Раньше</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="57"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="74"/>
        <source>Talk title</source>
        <translation>Тема выступления</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="76"/>
        <location filename="../../ui/editor/itemform.py" line="197"/>
        <source>Moderators</source>
        <translation>Модераторы</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="77"/>
        <location filename="../../ui/editor/itemform.py" line="195"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="95"/>
        <location filename="../../ui/editor/itemform.py" line="218"/>
        <location filename="../../ui/editor/programme.py" line="97"/>
        <source>(no title)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="128"/>
        <source>New talk</source>
        <translation>Новое выступление</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="164"/>
        <source>HH:MM, e.g. 14:30</source>
        <translation>ЧЧ:ММ, например 14:30</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="165"/>
        <source>HH:MM; empty when the programme gives no end</source>
        <translation>ЧЧ:ММ; пусто, если в программе нет окончания</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="176"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="179"/>
        <location filename="../../ui/editor/programme.py" line="43"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="192"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="193"/>
        <source>Subtitle</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="199"/>
        <source>Points</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="198"/>
        <source>Talks</source>
        <translation>Выступления</translation>
    </message>
    <message>
        <location filename="../../ui/editor/itemform.py" line="203"/>
        <location filename="../../ui/editor/people.py" line="87"/>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="56"/>
        <source>Find a person</source>
        <translation>Найти человека</translation>
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="63"/>
        <location filename="../../ui/editor/people.py" line="168"/>
        <source>Add person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="64"/>
        <source>Remove person</source>
        <translation>Удалить человека</translation>
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="78"/>
        <source>Honorific</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="78"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="78"/>
        <source>Sorted under</source>
        <translation>Сортировать по</translation>
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="79"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="79"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="90"/>
        <source>Appears in</source>
        <translation>Участвует в</translation>
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="150"/>
        <source>nowhere yet</source>
        <translation>пока нигде</translation>
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="162"/>
        <source>Edit %1</source>
        <translation>Изменить: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="166"/>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="183"/>
        <source>%1 cannot be removed: they still appear in %2. Take them out there first.</source>
        <translation>%1 нельзя удалить: этот человек ещё участвует в %2. Сначала уберите его оттуда.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/people.py" line="186"/>
        <location filename="../../ui/editor/window.py" line="347"/>
        <source>Remove %1</source>
        <translation>Удалить %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="43"/>
        <location filename="../../ui/editor/window.py" line="143"/>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="43"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="66"/>
        <location filename="../../ui/editor/programme.py" line="145"/>
        <source>Day %1</source>
        <translation>День %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="142"/>
        <source>Day %1, %2 “%3”</source>
        <translation>День %1, %2 «%3»</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="149"/>
        <source>People: %1</source>
        <translation>Люди: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="151"/>
        <source>Announcement %1</source>
        <translation>Объявление %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="153"/>
        <source>On-the-day change %1</source>
        <translation>Изменение дня %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="156"/>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../../ui/editor/programme.py" line="177"/>
        <source>the English is missing: a text needs its English; the Russian is optional</source>
        <translation>нет английского текста: он обязателен, русский — по желанию</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="112"/>
        <source>Reload (drop my changes)</source>
        <translation>Загрузить заново (без моих изменений)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="113"/>
        <source>Keep my changes on top of theirs</source>
        <translation>Наложить мои изменения поверх</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="137"/>
        <source>Choose an item in the programme on the left, or add one.</source>
        <translation>Выберите пункт программы слева или добавьте новый.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="146"/>
        <source>Announcements</source>
        <translation>Объявления</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="181"/>
        <source>Editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="189"/>
        <source>Save as agenda.json…</source>
        <translation>Сохранить как agenda.json…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="189"/>
        <location filename="../../ui/editor/window.py" line="495"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="191"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="192"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="195"/>
        <location filename="../../ui/editor/window.py" line="332"/>
        <source>Add item</source>
        <translation>Добавить пункт</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="196"/>
        <source>Remove item</source>
        <translation>Удалить пункт</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="198"/>
        <location filename="../../ui/editor/window.py" line="356"/>
        <source>Clear changes</source>
        <translation>Сбросить изменения</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="199"/>
        <source>Remove every delay, cancellation and move: the printed programme again</source>
        <translation>Убрать все задержки, отмены и переносы: снова печатная программа</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="241"/>
        <source>No problems: the agenda can be saved.</source>
        <translation>Ошибок нет: программу можно сохранить.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/window.py" line="242"/>
        <source>%n problem(s): the agenda cannot be saved until they are fixed. Click one to go to it.</source>
        <translation>
            <numerusform>%n ошибка: программу нельзя сохранить, пока она не исправлена. Нажмите на неё, чтобы перейти к ней.</numerusform>
            <numerusform>%n ошибки: программу нельзя сохранить, пока они не исправлены. Нажмите на ошибку, чтобы перейти к ней.</numerusform>
            <numerusform>%n ошибок: программу нельзя сохранить, пока они не исправлены. Нажмите на ошибку, чтобы перейти к ней.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="251"/>
        <source>Edit programme – %1</source>
        <translation>Редактор программы – %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="268"/>
        <source>%1 was changed on disk by someone else since you opened it. Reload it (your changes are dropped), or keep your changes on top of theirs.</source>
        <translation>Файл %1 изменили на диске после того, как вы его открыли. Загрузите его заново (ваши изменения пропадут) или наложите свои изменения поверх.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="278"/>
        <source>%1 is another program&apos;s schedule (%2). The editor does not write into it: “Save as agenda.json…” makes an agenda.json beside it; start the kiosk on that file.</source>
        <translation>%1 — расписание другой программы (%2). Редактор не пишет в него: «Сохранить как agenda.json…» создаст agenda.json рядом; запускайте киоск с этим файлом.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="326"/>
        <source>Edit “%1”</source>
        <translation>Изменить «%1»</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="357"/>
        <source>Every delay, cancellation and move removed: the printed programme applies again.</source>
        <translation>Все задержки, отмены и переносы убраны: снова действует печатная программа.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="360"/>
        <source>There are no changes to clear.</source>
        <translation>Сбрасывать нечего.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/window.py" line="398"/>
        <source>Not saved: the agenda has %n problem(s); they are listed below.</source>
        <translation>
            <numerusform>Не сохранено: в программе %n ошибка; она в списке внизу.</numerusform>
            <numerusform>Не сохранено: в программе %n ошибки; они в списке внизу.</numerusform>
            <numerusform>Не сохранено: в программе %n ошибок; они в списке внизу.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="407"/>
        <source>Nothing to save: no changes.</source>
        <translation>Сохранять нечего: изменений нет.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="413"/>
        <source>Not saved: the file was changed on disk meanwhile.</source>
        <translation>Не сохранено: тем временем файл изменили на диске.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="416"/>
        <location filename="../../ui/editor/window.py" line="437"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="418"/>
        <source>Saved %1. Running kiosks show the change within 2 seconds.</source>
        <translation>Файл %1 сохранён. Работающие киоски покажут изменение в течение 2 секунд.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="426"/>
        <source>Save as agenda.json</source>
        <translation>Сохранить как agenda.json</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="432"/>
        <source>Not saved: choose another name than the other program&apos;s file.</source>
        <translation>Не сохранено: выберите имя, отличное от файла другой программы.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="440"/>
        <source>Saved as %1. Start the kiosk on it: kiosk --agenda %2</source>
        <translation>Сохранено как %1. Запускайте киоск с ним: kiosk --agenda %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="452"/>
        <source>Reloaded: the file as it is on disk now.</source>
        <translation>Загружено заново: файл в том виде, в каком он сейчас на диске.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="457"/>
        <source>Your changes are now on top of the file as it was saved meanwhile; check them and save.</source>
        <translation>Ваши изменения наложены на файл, сохранённый тем временем; проверьте их и сохраните.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="469"/>
        <source>Screens</source>
        <translation>Экраны</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="490"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="491"/>
        <source>%1 has changes that are not saved. Save them before closing?</source>
        <translation>В %1 есть несохранённые изменения. Сохранить их перед закрытием?</translation>
    </message>
    <message>
        <location filename="../../ui/editor/window.py" line="496"/>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <location filename="../../ui/screens/poller.py" line="80"/>
        <source>its answer is not a kiosk&apos;s status</source>
        <translation>его ответ — не состояние киоска</translation>
    </message>
    <message>
        <location filename="../../ui/screens/poller.py" line="82"/>
        <source>it refuses the token: status_token differs from the kiosk&apos;s</source>
        <translation>он не принимает токен: status_token отличается от токена киоска</translation>
    </message>
    <message>
        <location filename="../../ui/screens/poller.py" line="84"/>
        <source>it answered HTTP %1</source>
        <translation>он ответил HTTP %1</translation>
    </message>
    <message>
        <location filename="../../ui/screens/poller.py" line="92"/>
        <location filename="../../ui/screens/window.py" line="94"/>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
</context>
</TS>
