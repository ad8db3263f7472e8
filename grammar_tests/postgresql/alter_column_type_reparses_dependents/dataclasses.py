from typing import Optional
import datetime
import decimal

from sqlalchemy import CheckConstraint, DateTime, Double, Index, Integer, Numeric, PrimaryKeyConstraint, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class PostStats(Base):
    __tablename__ = 'post_stats'
    __table_args__ = (
        CheckConstraint("code <> 'x'::text", name='post_stats_code_check'),
        CheckConstraint('score > 0::numeric AND score < 100::numeric', name='post_stats_score_check'),
        PrimaryKeyConstraint('id', name='post_stats_pkey'),
        Index('post_stats_code_idx', 'id', postgresql_where="(code = 'a'::text)"),
        Index('post_stats_nonzero_any_idx', 'published', postgresql_where='((hot_rank <> (0)::double precision) OR (active_rank <> (0)::double precision))'),
        Index('post_stats_nonzero_idx', 'published', postgresql_where='(hot_rank <> (0)::double precision)')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hot_rank: Mapped[float] = mapped_column(Double(53), nullable=False, server_default=text('1728'))
    active_rank: Mapped[float] = mapped_column(Double(53), nullable=False, server_default=text('1728'))
    published: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('now()'))
    code: Mapped[Optional[str]] = mapped_column(Text, server_default=text("'none'::character varying"))
    score: Mapped[Optional[decimal.Decimal]] = mapped_column(Numeric(5, 1))
