// A count in a coloured circle with the look of antd's standalone Badge (`<Badge count={n} color=… />`, without its
// scrolling digits), in plain markup styled in styles/app.css (.kv-count). The dashboard's card titles use it.
export function PlainCount({
  count,
  color,
  overflowCount = 99,
}: {
  count: number;
  color: string;
  overflowCount?: number;
}) {
  const over = count > overflowCount;
  const text = over ? `${overflowCount}+` : String(count);
  return (
    <span className="kv-count">
      <sup
        className={text.length > 1 ? 'kv-count-number kv-count-multiple' : 'kv-count-number'}
        title={text}
        style={{ background: color }}
      >
        {over ? (
          text
        ) : (
          <bdi>
            {[...text].map((digit, i) => (
              <span key={i} className="kv-count-digit">
                {digit}
              </span>
            ))}
          </bdi>
        )}
      </sup>
    </span>
  );
}
