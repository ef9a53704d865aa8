// A wait, as people say it: "40 s", "3 min", "2 min 30 s", "1 h 5 min", "2 days 3 h".

export function durationInWords(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  const days = Math.floor(hours / 24);
  const unit = days === 1 ? "day" : "days";
  return hours % 24 === 0 ? `${days} ${unit}` : `${days} ${unit} ${hours % 24} h`;
}
