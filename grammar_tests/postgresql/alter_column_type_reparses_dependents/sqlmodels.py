from typing import Optional
import datetime
import decimal

from sqlalchemy import CheckConstraint, Column, DateTime, Double, Index, Integer, Numeric, PrimaryKeyConstraint, Text, text
from sqlmodel import Field, SQLModel

class PostStats(SQLModel, table=True):
    __tablename__ = 'post_stats'
    __table_args__ = (
        CheckConstraint("code <> 'x'::text", name='post_stats_code_check'),
        CheckConstraint('score > 0::numeric AND score < 100::numeric', name='post_stats_score_check'),
        PrimaryKeyConstraint('id', name='post_stats_pkey'),
        Index('post_stats_code_idx', 'id', postgresql_where="(code = 'a'::text)"),
        Index('post_stats_nonzero_any_idx', 'published', postgresql_where='((hot_rank <> (0)::double precision) OR (active_rank <> (0)::double precision))'),
        Index('post_stats_nonzero_idx', 'published', postgresql_where='(hot_rank <> (0)::double precision)')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    hot_rank: float = Field(sa_column=Column('hot_rank', Double(53), nullable=False, server_default=text('1728')))
    active_rank: float = Field(sa_column=Column('active_rank', Double(53), nullable=False, server_default=text('1728')))
    published: datetime.datetime = Field(sa_column=Column('published', DateTime, nullable=False, server_default=text('now()')))
    code: Optional[str] = Field(default=None, sa_column=Column('code', Text, server_default=text("'none'::character varying")))
    score: Optional[decimal.Decimal] = Field(default=None, sa_column=Column('score', Numeric(5, 1)))
