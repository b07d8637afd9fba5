import { ForecastMethod, trainingWindow } from './forecastMethod';

/**
 * Forecast combination: the weighted mean, interval by interval, of several methods'
 * forecasts. Combining forecasts from different model families usually beats each of them
 * (Bates & Granger 1969; Clemen 1989; Taylor 2008 for call-centre arrivals). A day some
 * member cannot forecast is combined from the others. Each member trains on its own window.
 * @example combination('combined', [calendarRegression(), doubleSeasonalHoltWinters()]).fit(input)('2003-10-27')
 */
export function combination(name: string, members: readonly ForecastMethod[], weights?: readonly number[]): ForecastMethod {
  return {
    name,
    description: `mean of ${members.map((m) => m.name).join(' and ')}`,
    ...(members.some((m) => m.windowDays === undefined) ? {} : { windowDays: Math.max(...members.map((m) => m.windowDays!)) }),
    fit: (input) => {
      const fits = members.map((m) => m.fit({ ...input, series: trainingWindow(input.series, m) }));
      return (target) => {
        let out: Float64Array | undefined;
        let wsum = 0;
        fits.forEach((f, j) => {
          const v = f(target);
          if (!v) return;
          const w = weights ? weights[j] : 1;
          if (!out) out = new Float64Array(v.length);
          for (let k = 0; k < v.length; k++) out[k] += w * v[k];
          wsum += w;
        });
        if (!out || wsum <= 0) return undefined;
        const o: Float64Array = out;
        for (let k = 0; k < o.length; k++) o[k] /= wsum;
        return o;
      };
    },
  };
}
