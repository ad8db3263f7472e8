from typing import Optional

from sqlalchemy import CheckConstraint, Column, Double, Index, Integer, PrimaryKeyConstraint, Text, text
from sqlmodel import Field, SQLModel

class Agg(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('hot_rank >= 0::double precision AND score < 100', name='agg_rank_check'),
        PrimaryKeyConstraint('id', name='agg_pkey'),
        Index('agg_expr'),
        Index('agg_label', 'id', postgresql_where="(label = 'x'::text)"),
        Index('agg_nonzero', 'id', postgresql_where='(hot_rank <> (0)::double precision)')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    hot_rank: float = Field(sa_column=Column('hot_rank', Double(53), nullable=False, server_default=text('1728')))
    score: Optional[int] = Field(default=None, sa_column=Column('score', Integer))
    label: Optional[str] = Field(default=None, sa_column=Column('label', Text))
