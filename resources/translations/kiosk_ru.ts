<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../ui/browser.py" line="54"/>
        <location filename="../../ui/browser.py" line="431"/>
        <location filename="../../ui/browser.py" line="439"/>
        <location filename="../../ui/scene.py" line="377"/>
        <location filename="../../ui/scene.py" line="382"/>
        <source>Moderator</source>
        <translation>Модератор</translation>
    </message>
    <message>
        <location filename="../../ui/browser.py" line="58"/>
        <source>Presenter</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <location filename="../../ui/browser.py" line="228"/>
        <location filename="../../ui/browser.py" line="409"/>
        <location filename="../../ui/scene.py" line="670"/>
        <location filename="../../ui/scene.py" line="729"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/browser.py" line="244"/>
        <source>video</source>
        <translation>видео</translation>
    </message>
    <message>
        <location filename="../../ui/browser.py" line="381"/>
        <location filename="../../ui/scene.py" line="303"/>
        <source>to be confirmed</source>
        <translation>уточняется</translation>
    </message>
    <message>
        <location filename="../../ui/browser.py" line="383"/>
        <location filename="../../ui/scene.py" line="305"/>
        <source>by video</source>
        <translation>по видеосвязи</translation>
    </message>
    <message>
        <location filename="../../ui/browser.py" line="420"/>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <location filename="../../ui/browser.py" line="435"/>
        <source>Presenters</source>
        <translation>Докладчики</translation>
    </message>
    <message>
        <location filename="../../ui/browser.py" line="451"/>
        <source>On the programme</source>
        <translation>Участие в программе</translation>
    </message>
    <message>
        <location filename="../../ui/browser.py" line="499"/>
        <location filename="../../ui/browser.py" line="625"/>
        <location filename="../../ui/browser.py" line="779"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../ui/browser.py" line="521"/>
        <location filename="../../ui/browser.py" line="622"/>
        <location filename="../../ui/browser.py" line="625"/>
        <location filename="../../ui/browser.py" line="788"/>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../ui/browser.py" line="555"/>
        <location filename="../../ui/browser.py" line="624"/>
        <location filename="../../ui/staff.py" line="171"/>
        <location filename="../../ui/staff.py" line="189"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/browser.py" line="573"/>
        <location filename="../../ui/browser.py" line="623"/>
        <source>Home</source>
        <translation>На главную</translation>
    </message>
    <message>
        <location filename="../../ui/browser.py" line="596"/>
        <source>All rooms</source>
        <translation>Все залы</translation>
    </message>
    <message>
        <location filename="../../ui/browser.py" line="631"/>
        <location filename="../../ui/browser.py" line="668"/>
        <location filename="../../ui/browser.py" line="774"/>
        <location filename="../../ui/browser.py" line="836"/>
        <source>Tap an item to see everything about it.</source>
        <translation>Коснитесь строки, чтобы открыть подробности.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/scene.py" line="199"/>
        <location filename="../../ui/scene.py" line="202"/>
        <location filename="../../ui/scene.py" line="215"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/scene.py" line="202"/>
        <location filename="../../ui/scene.py" line="204"/>
        <location filename="../../ui/scene.py" line="214"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/scene.py" line="204"/>
        <location filename="../../ui/scene.py" line="212"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="222"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/scene.py" line="225"/>
        <source>delayed %n min</source>
        <translation>
            <numerusform>задержка на %n минуту</numerusform>
            <numerusform>задержка на %n минуты</numerusform>
            <numerusform>задержка на %n минут</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="227"/>
        <source>moved from %1</source>
        <translation>перенесено с %1</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="321"/>
        <source>Day %1 of %2</source>
        <translation>День %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="465"/>
        <location filename="../../ui/scene.py" line="738"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="478"/>
        <location filename="../../ui/scene.py" line="739"/>
        <location filename="../../ui/scene.py" line="863"/>
        <source>in %1</source>
        <translation>через %1</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="490"/>
        <location filename="../../ui/scene.py" line="812"/>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/scene.py" line="505"/>
        <location filename="../../ui/scene.py" line="537"/>
        <location filename="../../ui/scene.py" line="543"/>
        <location filename="../../ui/scene.py" line="716"/>
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/scene.py" line="541"/>
        <source>%n item(s), from %1</source>
        <translation>
            <numerusform>%n пункт, с %1</numerusform>
            <numerusform>%n пункта, с %1</numerusform>
            <numerusform>%n пунктов, с %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="580"/>
        <source>Touch the screen to browse the full programme</source>
        <translation>Коснитесь экрана, чтобы открыть полную программу</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="618"/>
        <source>Waiting for the correct time</source>
        <translation>Ожидание точного времени</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="621"/>
        <source>The programme appears as soon as this computer&apos;s clock is set.</source>
        <translation>Программа появится сразу после настройки часов на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="630"/>
        <source>The programme on your phone</source>
        <translation>Программа на вашем телефоне</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="671"/>
        <location filename="../../ui/scene.py" line="815"/>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="709"/>
        <source>Main hall</source>
        <translation>Главный зал</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="734"/>
        <source>Nothing is on right now.</source>
        <translation>Сейчас ничего не проходит.</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="751"/>
        <source>started %1 ago</source>
        <translation>идёт уже %1</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="752"/>
        <source>just started</source>
        <translation>только что началось</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="756"/>
        <source>ends in %1</source>
        <translation>конец через %1</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="768"/>
        <location filename="../../ui/scene.py" line="790"/>
        <location filename="../../ui/scene.py" line="851"/>
        <source>Later today</source>
        <translation>Позже сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="796"/>
        <source>Last item of the programme</source>
        <translation>Последний пункт программы</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="797"/>
        <source>Thank you for taking part in the %1.</source>
        <translation>Благодарим вас за участие в мероприятии «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="812"/>
        <source>%1 left</source>
        <translation>окончание через %1</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="860"/>
        <source>Next at %1</source>
        <translation>Далее в %1</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="872"/>
        <source>The meeting opens in</source>
        <translation>Совещание откроется через</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="878"/>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="881"/>
        <location filename="../../ui/scene.py" line="904"/>
        <source>with %1</source>
        <translation>Первый пункт: %1</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="883"/>
        <location filename="../../ui/scene.py" line="906"/>
        <source>Day %1 at a glance</source>
        <translation>Программа дня %1</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="896"/>
        <source>Day %1 has ended</source>
        <translation>День %1 завершён</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="900"/>
        <source>Day %1 starts %2 at %3</source>
        <translation>День %1: %2, начало в %3</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="922"/>
        <source>Thank you</source>
        <translation>Благодарим за участие</translation>
    </message>
    <message>
        <location filename="../../ui/scene.py" line="925"/>
        <source>%1 has ended.</source>
        <translation>Мероприятие «%1» завершено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window.py" line="292"/>
        <source>Returning to the display in %n s — touch anywhere to stay</source>
        <translation>
            <numerusform>Возврат к основному экрану через %n секунду — коснитесь экрана, чтобы остаться</numerusform>
            <numerusform>Возврат к основному экрану через %n секунды — коснитесь экрана, чтобы остаться</numerusform>
            <numerusform>Возврат к основному экрану через %n секунд — коснитесь экрана, чтобы остаться</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="100"/>
        <location filename="../../ui/staff.py" line="135"/>
        <source>Staff panel</source>
        <translation>Служебная панель</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="103"/>
        <location filename="../../ui/staff.py" line="264"/>
        <source>Enter the staff PIN</source>
        <translation>Введите служебный PIN-код</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="114"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="126"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="139"/>
        <source>The programme runs late</source>
        <translation>Программа задерживается</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff.py" line="143"/>
        <source>Delay %n min</source>
        <translation>
            <numerusform>Задержать на %n минуту</numerusform>
            <numerusform>Задержать на %n минуты</numerusform>
            <numerusform>Задержать на %n минут</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="146"/>
        <source>Clear delay</source>
        <translation>Отменить задержку</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="150"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="152"/>
        <source>Reload agenda</source>
        <translation>Перезагрузить программу</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="153"/>
        <location filename="../../ui/staff.py" line="167"/>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="154"/>
        <source>Preview another time</source>
        <translation>Просмотр на другое время</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="158"/>
        <source>Back to the display</source>
        <translation>Вернуться к основному экрану</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="160"/>
        <source>Exit the kiosk</source>
        <translation>Закрыть киоск</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="187"/>
        <source>Next change</source>
        <translation>Следующее изменение</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff.py" line="247"/>
        <source>Too many wrong PINs. Try again in %n min.</source>
        <translation>
            <numerusform>Слишком много неверных попыток. Повторите через %n минуту.</numerusform>
            <numerusform>Слишком много неверных попыток. Повторите через %n минуты.</numerusform>
            <numerusform>Слишком много неверных попыток. Повторите через %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/staff.py" line="251"/>
        <source>Too many wrong PINs. Try again in %n s.</source>
        <translation>
            <numerusform>Слишком много неверных попыток. Повторите через %n секунду.</numerusform>
            <numerusform>Слишком много неверных попыток. Повторите через %n секунды.</numerusform>
            <numerusform>Слишком много неверных попыток. Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="235"/>
        <source>Wrong PIN</source>
        <translation>Неверный PIN-код</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="274"/>
        <source>Now: %1</source>
        <translation>Сейчас: %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="275"/>
        <source>Next: %1</source>
        <translation>Далее: %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="277"/>
        <source>The agenda comes from a server: change delays there.</source>
        <translation>Программа загружается с сервера: задержки изменяются на сервере.</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="287"/>
        <source>Not changed: %1</source>
        <translation>Изменения не внесены: %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="298"/>
        <source>Nothing is left to delay.</source>
        <translation>Нет предстоящих пунктов, которые можно задержать.</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="325"/>
        <source>Agenda: %1</source>
        <translation>Программа: %1</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="326"/>
        <source>Loaded: %1 items; last problem: %2</source>
        <translation>Загружено пунктов: %1; последняя ошибка: %2</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="328"/>
        <source>Screen: %1 × %2, window %3 × %4</source>
        <translation>Экран: %1 × %2, окно: %3 × %4</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="330"/>
        <source>Clock: %1 (event time, %2)</source>
        <translation>Часы: %1 (время мероприятия, %2)</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="333"/>
        <source>Recent log:</source>
        <translation>Последние записи журнала:</translation>
    </message>
    <message>
        <location filename="../../ui/staff.py" line="368"/>
        <source>Preview: %1</source>
        <translation>Предпросмотр: %1</translation>
    </message>
</context>
</TS>
