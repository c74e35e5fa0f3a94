import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from 'recharts';
import { DIMENSIONS, type Scores } from '../../../../engine/scenario/format';
import { DIMENSION_LABEL } from '../common/labels';
import { LEGEND_AS_DRAWN, tooltipInOrder } from '../scores/chart-order';
import { skillsSummary } from './chart-summaries';

/** A trainee's three skills against the team's, as a radar: the shape shows where they fall short at a glance. */
export function SkillsRadar({ traineeName, mine, team }: { traineeName: string; mine: Scores | null; team: Scores | null }) {
  const data = DIMENSIONS.map((d) => ({ skill: DIMENSION_LABEL[d], trainee: mine?.[d] ?? 0, team: team?.[d] ?? 0 }));
  return (
    <figure className="review-chart review-chart--radar" aria-labelledby="skills-title">
      <div className="review-chart__head">
        <h3 id="skills-title">Skills against the team</h3>
      </div>
      {mine && (
        <div className="review-chart__plot" aria-hidden="true">
          <ResponsiveContainer width="100%" height={340} minWidth={240}>
            <RadarChart
              data={data}
              outerRadius="78%"
              margin={{ top: 16, right: 24, bottom: 8, left: 24 }}
              accessibilityLayer={false}
            >
              <PolarGrid stroke="#c3cad5" />
              <PolarAngleAxis dataKey="skill" tick={{ fill: '#17202e', fontSize: 14, fontWeight: 600 }} />
              {/* The scale runs between Respect (top) and Helpfulness, so its 100 never sits on a skill's name. */}
              <PolarRadiusAxis
                domain={[0, 100]}
                ticks={[25, 50, 75, 100]}
                tick={{ fill: '#4a5566', fontSize: 12 }}
                angle={30}
                axisLine={false}
              />
              <Radar
                name={traineeName}
                dataKey="trainee"
                stroke="#1d4f91"
                fill="#1d4f91"
                fillOpacity={0.25}
                isAnimationActive={false}
              />
              {team && (
                <Radar
                  name="Team average"
                  dataKey="team"
                  stroke="#8a4b00"
                  strokeDasharray="6 3"
                  fill="none"
                  isAnimationActive={false}
                />
              )}
              <Legend itemSorter={LEGEND_AS_DRAWN} />
              <Tooltip itemSorter={tooltipInOrder(['trainee', 'team'])} />
            </RadarChart>
          </ResponsiveContainer>
        </div>
      )}
      <figcaption className="review-chart__summary">{skillsSummary(traineeName, mine, team)}</figcaption>
    </figure>
  );
}
