from typing import Optional

from sqlalchemy import CheckConstraint, Double, Index, Integer, PrimaryKeyConstraint, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Agg(Base):
    __tablename__ = 'agg'
    __table_args__ = (
        CheckConstraint('hot_rank >= 0::double precision AND score < 100', name='agg_rank_check'),
        PrimaryKeyConstraint('id', name='agg_pkey'),
        Index('agg_expr'),
        Index('agg_label', 'id', postgresql_where="(label = 'x'::text)"),
        Index('agg_nonzero', 'id', postgresql_where='(hot_rank <> (0)::double precision)')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hot_rank: Mapped[float] = mapped_column(Double(53), nullable=False, server_default=text('1728'))
    score: Mapped[Optional[int]] = mapped_column(Integer)
    label: Mapped[Optional[str]] = mapped_column(Text)
