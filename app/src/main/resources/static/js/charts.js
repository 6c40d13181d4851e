// Draws each analytics chart from the table of its numbers (figure.analytics-chart), so the chart
// shows exactly what the table says. Chart.js comes from the app's WebJar; no data is inline.
(function () {
    'use strict';
    var palette = ['#0d6efd', '#198754', '#b02a37', '#8a5300', '#6f42c1', '#0aa2c0', '#495057', '#d63384', '#20c997', '#fd7e14', '#6c757d'];

    function numbers(table) {
        var headings = Array.prototype.slice.call(table.querySelectorAll('thead th')).slice(1);
        var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
        return {
            labels: rows.map(function (row) { return row.querySelector('th').textContent.trim(); }),
            series: headings.map(function (heading, column) {
                return {
                    name: heading.textContent.trim(),
                    money: heading.getAttribute('data-money') === 'true',
                    values: rows.map(function (row) { return Number(row.querySelectorAll('td')[column].getAttribute('data-value')); })
                };
            })
        };
    }

    function draw(figure) {
        var table = figure.querySelector('table.chart-table');
        var holder = figure.querySelector('.chart-canvas');
        if (!table || !holder || typeof Chart === 'undefined') {
            return;
        }
        var type = figure.getAttribute('data-chart');
        var data = numbers(table);
        var canvas = document.createElement('canvas');
        holder.appendChild(canvas);
        var doughnut = type === 'doughnut';
        new Chart(canvas, {
            type: type,
            data: {
                labels: data.labels,
                datasets: data.series.map(function (series, index) {
                    return {
                        label: series.name,
                        data: series.values,
                        backgroundColor: doughnut ? data.labels.map(function (label, i) { return palette[i % palette.length]; }) : palette[index % palette.length],
                        borderColor: doughnut ? '#fff' : palette[index % palette.length],
                        tension: 0.2
                    };
                })
            },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                plugins: { legend: { display: doughnut || data.series.length > 1 } },
                scales: doughnut ? {} : { y: { beginAtZero: true } }
            }
        });
    }

    document.querySelectorAll('figure.analytics-chart').forEach(draw);
})();
